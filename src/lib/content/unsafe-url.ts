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
