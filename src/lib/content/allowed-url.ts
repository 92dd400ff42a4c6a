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

/** How many folders a relative path climbs above its start: `climbs('../../a.png')` → 2, `climbs('a/../b.png')` → 0. */
function climbs(path: string): number {
  let depth = 0;
  let highest = 0;
  for (const segment of path.split(/[/\\]/)) {
    if (segment === '..') highest = Math.max(highest, -(--depth));
    else if (segment !== '.' && segment !== '') depth++;
  }
  return highest;
}

/**
 * Checks an image source: a path on this site or an inline PNG, JPEG, GIF or WebP `data:` URL. The build reads a
 * relative Markdown image as a file, so it must stay inside the article's locale folder: `depth` is how many
 * folders the article sits below it (0 for `<locale>/<slug>.mdx`).
 * `imageUrlRefusal('/media/en-US/a.png')` → undefined, `imageUrlRefusal('https://cdn.example/a.png')` → `{ … }`.
 */
export function imageUrlRefusal(url: string, { depth = 0 } = {}): UrlRefusal | undefined {
  const schemes = schemesOf(url);
  const decoded = urlForSchemeCheck(url);
  if (schemes.length === 0 && /^(?:\/\/|\\\\|\/\\|\\\/)/.test(decoded)) {
    return { message: 'an image from another site (a URL starting with //); images must be files on this site or inline data: pictures (the site\'s Content-Security-Policy blocks other origins)', fix: 'download the picture, save it under the locale\'s media folder and refer to it by its path' };
  }
  if (schemes.length === 0 && !/^[/\\]/.test(decoded) && climbs(decoded.replace(/[?#].*/, '')) > depth) {
    return { message: 'an image path that leaves the article\'s locale folder; the build would read a file from outside the content', fix: 'save the picture under the locale\'s media folder and write media/<name> (or /media/… for the site\'s public folder)' };
  }
  if (schemes.length === 0) return undefined;
  if (schemes.every((s) => s === 'data') && dataImage.test(decoded)) return undefined;
  if (schemes.includes('data')) {
    return { message: `an inline data: image that is not base64 ${imageDataTypes.join(', ')} (SVG and other types can carry script)`, fix: 'convert the picture to PNG and save it under the locale\'s media folder' };
  }
  return {
    message: `an image from a ${schemes.find((s) => s !== 'data')}: URL; images must be files on this site or inline data: pictures (the site's Content-Security-Policy blocks other origins)`,
    fix: 'download the picture, save it under the locale\'s media folder and refer to it by its path',
  };
}
