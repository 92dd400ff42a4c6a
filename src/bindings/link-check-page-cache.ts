import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import type { BuiltPage } from '../lib/links/collect-page-links.ts';
import { writeWhole } from '../lib/write-whole.ts';

/** Each page the link check read, by path: the hash of its HTML and what `collectPageLinks` read from it. */
export type PageCache = Map<string, { hash: string; page: BuiltPage }>;

/** The hash a page is kept under: `pageHash('<p>a</p>')` → 40 hex digits. */
export function pageHash(html: string): string {
  return createHash('sha1').update(html).digest('hex');
}

/**
 * The pages the last link check read (`file`, in the build's cache folder beside Astro's), when the code that reads
 * them is the same (`fingerprint`, see renderer-fingerprint.ts); empty otherwise. A page is taken from it only when its
 * HTML hashes the same, so after a rebuild (most pages restored as they were) only the changed ones are parsed.
 */
export function readPageCache(file: string, fingerprint: string): PageCache {
  if (!existsSync(file)) return new Map();
  try {
    const kept = deserialize(readFileSync(file)) as { fingerprint: string; pages: PageCache };
    return kept.fingerprint === fingerprint ? kept.pages : new Map();
  } catch {
    // A cache cut short (a killed build) is only a cache: read every page again.
    return new Map();
  }
}

/** Keeps `pages` for the next link check; written whole, then renamed, so a check running beside reads all or none. */
export function writePageCache(file: string, fingerprint: string, pages: PageCache): void {
  writeWhole(file, serialize({ fingerprint, pages }));
}
