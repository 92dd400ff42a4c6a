import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import {
  formatLinkBaseline,
  parseLinkBaseline,
  type BaselineEntry,
} from '../lib/links/link-baseline.ts';

/**
 * The entries of a baseline file, or undefined when there is none; throws `BaselineError` on a bad line.
 * `name` is how messages call the file (project-relative): `readLinkBaseline('/repo/content.link-baseline.txt', 'content.link-baseline.txt')`.
 */
export function readLinkBaseline(path: string, name: string): BaselineEntry[] | undefined {
  if (!existsSync(path)) return undefined;
  return parseLinkBaseline(readFileSync(path, 'utf8'), name);
}

/** Writes a baseline file in its stable order, or removes it when nothing is accepted any more. */
export function writeLinkBaseline(path: string, entries: readonly BaselineEntry[]): void {
  if (entries.length > 0) writeFileSync(path, formatLinkBaseline(entries));
  else rmSync(path, { force: true });
}
