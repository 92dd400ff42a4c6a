import { isLocale } from '../../i18n/locale-helpers.ts';
import type { ContentProblem } from './content-problem.ts';

/** The picture types a media folder may hold, by extension, each with the bytes its files start with. */
const imageTypes: Record<string, { type: string; matches: (bytes: Uint8Array) => boolean }> = {
  png: { type: 'PNG', matches: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  jpg: { type: 'JPEG', matches: (b) => startsWith(b, [0xff, 0xd8, 0xff]) },
  jpeg: { type: 'JPEG', matches: (b) => startsWith(b, [0xff, 0xd8, 0xff]) },
  gif: { type: 'GIF', matches: (b) => ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a' },
  webp: { type: 'WebP', matches: (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP' },
};

/** The largest media file, in bytes: a screenshot is well under 1 MB. */
export const maxMediaBytes = 5 * 1024 * 1024;

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((byte, i) => bytes[i] === byte);
const ascii = (bytes: Uint8Array, start: number, end: number) => String.fromCharCode(...bytes.subarray(start, end));
const extensionOf = (path: string) => /\.([^./]+)$/.exec(path)?.[1].toLowerCase() ?? '';

/**
 * True for a path inside a locale's media folder, relative to the content folder:
 * `isMediaPath('fr-FR/media/shot.png')` → true, `isMediaPath('fr-FR/shot.png')` → false.
 */
export function isMediaPath(relativePath: string): boolean {
  const [locale, folder, ...rest] = relativePath.split('/');
  return isLocale(locale) && folder === 'media' && rest.length > 0;
}

/** The type a file's first bytes say it is, for messages: `sniffImageType(pngBytes)` → `'PNG'`. */
export function sniffImageType(bytes: Uint8Array): string | undefined {
  return Object.values(imageTypes).find((t) => t.matches(bytes))?.type;
}

/**
 * Checks a file in a media folder: a PNG, JPEG, GIF or WebP whose bytes are what its extension says, at most
 * `maxMediaBytes`. SVG is refused: it is a document that can hold scripts and links, not a picture.
 * `mediaFileProblem('content/en-US/media/a.png', pngBytes)` → undefined.
 */
export function mediaFileProblem(path: string, bytes: Uint8Array): ContentProblem | undefined {
  const extension = extensionOf(path);
  const expected = imageTypes[extension];
  const allowed = Object.keys(imageTypes).map((e) => `.${e}`).join(', ');
  if (extension === 'svg') {
    return { file: path, field: 'media', message: 'an SVG image: SVG is a document that can carry scripts, links and styles, so media folders take pictures only', fix: `convert it to PNG (${allowed} are allowed)`, rule: 'media' };
  }
  if (!expected) {
    return { file: path, field: 'media', message: `a .${extension || '(no extension)'} file in a media folder, which holds pictures only: ${allowed}`, fix: 'convert it to PNG, or move it out of the content folder', rule: 'media' };
  }
  if (bytes.length > maxMediaBytes) {
    return { file: path, field: 'media', message: `the image has ${bytes.length.toLocaleString('en-US')} bytes; the limit is ${maxMediaBytes.toLocaleString('en-US')}`, fix: 'shrink it (a screenshot needs well under 1 MB)', rule: 'media' };
  }
  if (!expected.matches(bytes)) {
    const actual = sniffImageType(bytes);
    return { file: path, field: 'media', message: `the file is named .${extension} but its bytes are not a ${expected.type} image`, found: actual ? `a ${actual} image` : 'not a picture', fix: actual ? `rename it to the ${actual} extension` : 'replace it with the real picture', rule: 'media' };
  }
  return undefined;
}
