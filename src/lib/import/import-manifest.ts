import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The importer's record of what it wrote, in the output folder: a dotfile, so neither the site nor the content
 * check reads it. It is how a later run knows a file is its own and unchanged since, and so safe to replace.
 */
export const manifestName = '.polyhelp-import.json';

/** Every file the importer wrote below the output folder (path relative to it, `/`-separated) → SHA-256 of its bytes. */
export interface ImportManifest {
  files: Record<string, string>;
}

/** What to do with one output file. */
export type WriteDecision = 'create' | 'unchanged' | 'update' | 'conflict';

/** SHA-256 hex of some bytes or text: `contentHash('a')` → `'ca978112…'`. */
export function contentHash(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The manifest of an output folder, empty when there is none yet. */
export function readManifest(out: string): ImportManifest {
  const path = join(out, manifestName);
  if (!existsSync(path)) return { files: {} };
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<ImportManifest>;
  return { files: parsed.files ?? {} };
}

/** The manifest as written to disk: one file per line, sorted, so a diff of it reads well. */
export function manifestToText(manifest: ImportManifest): string {
  const files = Object.fromEntries(
    Object.entries(manifest.files).sort(([a], [b]) => a.localeCompare(b)),
  );
  return `${JSON.stringify({ files }, null, 1)}\n`;
}

/**
 * Whether an output may be written: a new file is created; the same bytes are left alone; a file is replaced
 * only when the manifest says the importer wrote it and it has not changed since (or with `force`); anything
 * else (a hand-written article, an edited import, an image put there by someone) is a conflict.
 * `decideWrite(undefined, 'new', undefined, false)` → `'create'`.
 */
export function decideWrite(
  existing: Uint8Array | undefined,
  next: string | Uint8Array,
  recorded: string | undefined,
  force: boolean,
): WriteDecision {
  if (existing === undefined) return 'create';
  const existingHash = contentHash(existing);
  if (existingHash === contentHash(next)) return 'unchanged';
  return force || recorded === existingHash ? 'update' : 'conflict';
}
