import { readFileSync } from 'node:fs';
import { fileSourceHash } from '../lib/l10n/source-hash.ts';

/**
 * The current source hash of a collection entry, from its file: Astro's `entry.body` is not byte for
 * byte the body that `ms.openlocfilehash` hashes, so the file is read again.
 */
export function entrySourceHash(entry: { id: string; filePath?: string }): string {
  if (!entry.filePath) throw new Error(`Article "${entry.id}" has no file path: cannot hash its source`);
  return fileSourceHash(readFileSync(entry.filePath, 'utf8'));
}
