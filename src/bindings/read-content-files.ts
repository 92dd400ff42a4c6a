import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ContentFile } from '../lib/content/content-check.ts';

/** Every file below the content folder, with paths relative to `root`, in a stable order. */
export function readContentFiles(root: string, contentDir = 'content'): ContentFile[] {
  const base = join(root, contentDir);
  return readdirSync(base, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
    .map((path) => ({ path: relative(root, path).split('\\').join('/'), text: readFileSync(path, 'utf8') }));
}
