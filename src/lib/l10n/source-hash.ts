import { createHash } from 'node:crypto';
import { splitFrontmatter } from '../content/split-frontmatter.ts';

/**
 * The SHA-256 (hex) of an article body, what a translation records in `ms.openlocfilehash`:
 * `bodyHash('# A\n')` → `'3d0c…'` (64 hex digits).
 */
export function bodyHash(body: string): string {
  return createHash('sha256').update(body, 'utf8').digest('hex');
}

/**
 * The source hash of a whole article file: the hash of everything after its frontmatter,
 * so editing metadata alone does not make translations outdated.
 * `fileSourceHash('---\ntitle: A\n---\n# A\n')` → `bodyHash('# A\n')`.
 */
export function fileSourceHash(text: string): string {
  return bodyHash(splitFrontmatter(text).body);
}
