import { urlScheme } from '../url-scheme.ts';
import { imageDataTypes, linkSchemes } from './markup-allowlist.ts';
import { urlForSchemeCheck } from './unsafe-url.ts';

/** Why a URL is refused, and how to fix it. */
export interface UrlRefusal {
  message: string;
  fix: string;
}

const dataImage = new RegExp(`^data:(${imageDataTypes.map((t) => t.replace('/', '\\/')).join('|')});base64,[a-z0-9+/=]*$`, 'i');

/** The schemes of a URL as written and as a browser decodes it; both must be allowed. */
function schemesOf(url: string): string[] {
  return [urlScheme(url.replace(/[\u0000-\u0020]/g, '')), urlScheme(urlForSchemeCheck(url))].filter((s): s is string => s !== undefined);
}

/**
 * Checks a link target against the allowed schemes, after decoding: `linkUrlRefusal('https://a.example/')` →
 * undefined, `linkUrlRefusal('java&#115;cript:x')` → `{ message: 'a link to a javascript: URL …', fix: … }`.
 */
export function linkUrlRefusal(url: string): UrlRefusal | undefined {
  const refused = schemesOf(url).find((scheme) => !linkSchemes.includes(scheme));
  if (refused === undefined) return undefined;
  const script = refused === 'javascript' || refused === 'vbscript';
  return {
    message: `a link to a ${refused}: URL${script ? ', which runs script in the reader\'s browser' : ''}; links may use ${linkSchemes.map((s) => `${s}:`).join(', ')} or a path on this site`,
    fix: script ? 'link to an https:// page or to a path on this site' : `link to an https:// page instead; if this is a relative path, start it with ./ (./${url.trim()})`,
  };
}

/**
 * Checks an image source: a path on this site or an inline PNG, JPEG, GIF or WebP `data:` URL.
 * `imageUrlRefusal('/media/en-US/a.png')` → undefined, `imageUrlRefusal('https://cdn.example/a.png')` → `{ … }`.
 */
export function imageUrlRefusal(url: string): UrlRefusal | undefined {
  const schemes = schemesOf(url);
  if (schemes.length === 0) return undefined;
  const decoded = urlForSchemeCheck(url);
  if (schemes.every((s) => s === 'data') && dataImage.test(decoded)) return undefined;
  if (schemes.includes('data')) {
    return { message: `an inline data: image that is not base64 ${imageDataTypes.join(', ')} (SVG and other types can carry script)`, fix: 'convert the picture to PNG and save it under the locale\'s media folder' };
  }
  return {
    message: `an image from a ${schemes.find((s) => s !== 'data')}: URL; images must be files on this site or inline data: pictures (the site's Content-Security-Policy blocks other origins)`,
    fix: 'download the picture, save it under the locale\'s media folder and refer to it by its path',
  };
}
