import { decodeString } from 'micromark-util-decode-string';

/** An attribute as written in markup; `value` is undefined for a bare attribute like `disabled`. */
export interface MarkupAttribute {
  name: string;
  value?: string;
}

/** True for an event-handler attribute name, any case: `isEventHandlerName('onClick')` → true. */
export function isEventHandlerName(name: string): boolean {
  return /^on/i.test(name);
}

/**
 * True for a URL a browser would run as script (`javascript:` or `vbscript:`), however it is disguised: browsers
 * drop tabs and newlines anywhere and control characters around it, so every U+0000–U+0020 character is ignored.
 * `isScriptUrl(' Java\tScript:alert(1)')` → true, `isScriptUrl('https://a.example/javascript:')` → false.
 */
export function isScriptUrl(url: string): boolean {
  return /^(?:javascript|vbscript):/i.test(url.replace(/[\u0000-\u0020]/g, ''));
}

/** True for an attribute that could run script: `on*` handlers and script URLs. `isUnsafeAttribute({ name: 'href', value: 'vbscript:x' })` → true. */
export function isUnsafeAttribute(attribute: MarkupAttribute): boolean {
  return isEventHandlerName(attribute.name) || (attribute.value !== undefined && isScriptUrl(attribute.value));
}

/**
 * A URL as a browser reads its scheme, whatever disguise it wears: character references and backslash escapes
 * decoded, percent-escapes decoded, and every U+0000–U+0020 character and other whitespace removed (browsers drop
 * tabs and newlines anywhere and control characters around it; decoding more than a browser would only refuses more).
 * `urlForSchemeCheck('&#106;ava%73cript\t:x')` → `'javascript:x'`.
 */
export function urlForSchemeCheck(url: string): string {
  const decoded = decodeString(url).replace(/(?:%[0-9a-f]{2})+/gi, (escapes) => {
    try {
      return decodeURIComponent(escapes);
    } catch {
      return escapes.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
    }
  });
  return decoded.replace(/[\u0000-\u0020\s]/g, '');
}
