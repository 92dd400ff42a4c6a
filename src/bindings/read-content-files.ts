import {
  lstatSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  type Dirent,
  type Stats,
} from 'node:fs';
import { join, relative } from 'node:path';
import type { ContentFile } from '../lib/content/content-check.ts';
import type { ContentProblem } from '../lib/content/content-problem.ts';
import { decodeContentText } from '../lib/content/decode-content-text.ts';
import { inputLimits } from '../lib/content/input-limits.ts';
import {
  isMediaPath,
  maxMediaBytes,
  mediaFileProblem,
  sniffImageType,
} from '../lib/content/media-file.ts';

/** Folders nest at most this deep below the content folder (`<locale>/<folder>/<slug>.mdx` is 3). */
const maxDepth = 8;
/** An article is at most `inputLimits.fileChars` characters, of at most 4 bytes each; larger files are not even read. */
const maxTextBytes = inputLimits.fileChars * 4;

/**
 * Every file below the content folder, with paths relative to `root`, in a stable order. Nothing is followed or read
 * that could hang or leave the folder: symbolic links (loops included) and special files are reported, not opened;
 * files too large are reported from their size. Valid images under `<locale>/media/` are checked and left out; every
 * other file comes back as text, or with a `problem` (not UTF-8, a misplaced image…). Dot-files are skipped, as the
 * content loader skips them.
 */
export function readContentFiles(root: string, contentDir = 'content'): ContentFile[] {
  const files: ContentFile[] = [];
  const base = join(root, contentDir);
  const toPath = (path: string) => relative(root, path).split('\\').join('/');
  const walk = (folder: string, depth: number) => {
    for (const dirent of readdirSync(folder, { withFileTypes: true })) {
      if (dirent.name.startsWith('.')) continue;
      const full = join(folder, dirent.name);
      const entry = typeOf(dirent, full);
      const path = toPath(full);
      const problem = (message: string, fix: string, found?: string): void =>
        void files.push({
          path,
          text: '',
          problem: { file: path, field: 'file', message, found, fix, rule: 'content-file' },
        });
      if (entry.isSymbolicLink()) {
        problem(
          'a symbolic link: content files must be real files inside the content folder (links are never followed)',
          'replace the link with a copy of the file it points to, or delete it',
          `a link to ${JSON.stringify(linkTarget(full))}`,
        );
      } else if (entry.isDirectory()) {
        if (depth > maxDepth)
          problem(
            `a folder nested more than ${maxDepth} levels deep`,
            'move its articles up: content is <locale>/<slug>.mdx',
          );
        else walk(full, depth + 1);
      } else if (!entry.isFile()) {
        problem(
          'not a regular file (a pipe, socket or device), which the site cannot read',
          'delete it',
        );
      } else {
        files.push(...readFile(full, path, relative(base, full).split('\\').join('/')));
      }
    }
  };
  walk(base, 1);
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function readFile(full: string, path: string, inContent: string): ContentFile[] {
  const size = lstatSync(full).size;
  const tooLarge = (limit: number): ContentFile[] => [
    {
      path,
      text: '',
      problem: {
        file: path,
        field: 'file size',
        message: `the file has ${size.toLocaleString('en-US')} bytes; the limit is ${limit.toLocaleString('en-US')}`,
        fix: 'split the article, or shrink the image',
        rule: 'content-file',
      },
    },
  ];
  if (isMediaPath(inContent)) {
    if (size > maxMediaBytes) return tooLarge(maxMediaBytes);
    const problem = mediaFileProblem(path, readFileSync(full));
    return problem ? [{ path, text: '', problem }] : [];
  }
  if (size > maxTextBytes) return tooLarge(maxTextBytes);
  const bytes = readFileSync(full);
  const image = sniffImageType(bytes);
  if (image) return [{ path, text: '', problem: misplacedImage(path, image) }];
  const decoded = decodeContentText(path, bytes);
  return 'text' in decoded
    ? [{ path, text: decoded.text }]
    : [{ path, text: '', problem: decoded.problem }];
}

function misplacedImage(path: string, type: string): ContentProblem {
  return {
    file: path,
    field: 'file',
    message: `a ${type} image outside a media folder`,
    fix: 'move it to <locale>/media/ and refer to it from there',
    rule: 'content-file',
  };
}

function linkTarget(path: string): string {
  try {
    return readlinkSync(path);
  } catch {
    return '(unreadable)';
  }
}

/** Directory entries normally know their type; some file systems do not say, and then the entry itself is asked (never its target). */
function typeOf(dirent: Dirent, full: string): Dirent | Stats {
  const known =
    dirent.isFile() ||
    dirent.isDirectory() ||
    dirent.isSymbolicLink() ||
    dirent.isFIFO() ||
    dirent.isSocket() ||
    dirent.isCharacterDevice() ||
    dirent.isBlockDevice();
  return known ? dirent : lstatSync(full);
}
