import { existsSync, readdirSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** A file an article refers to, found inside the import, or why it may not or cannot be used. */
export type ScopedPath =
  | {
      path: string;
      root: string;
      /** The name as written differed from the file's only in letter case. */ caseDiffers?: boolean;
    }
  | { problem: 'outside' | 'missing' };

/** True when `path` is `root` or below it. */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/**
 * Resolves a path written in an article (an include, an image) relative to the article, only inside the
 * import's roots: `../../etc/passwd`, `/etc/passwd` and a symlink pointing out are `outside`, and nothing outside
 * is listed, read or copied. A name that differs from the file's only in letter case is found, and said so:
 * `resolveInScope('/c/AI/a.md', 'media/Shot.PNG', ['/c/AI'])` → `{ path: '/c/AI/media/shot.png', root: '/c/AI', caseDiffers: true }`.
 */
export function resolveInScope(
  fromFile: string,
  written: string,
  roots: readonly string[],
): ScopedPath {
  const wanted = resolve(dirname(fromFile), written);
  const root = roots.find((candidate) => isInside(candidate, wanted));
  if (!root) return { problem: 'outside' };
  const found = existsSync(wanted) ? wanted : findIgnoringCase(root, relative(root, wanted));
  if (!found) return { problem: 'missing' };
  // A symlink inside the import may point anywhere: what counts is where the file really is.
  const real = realpathSync(found);
  if (!roots.some((candidate) => isInside(realpathSync(candidate), real)))
    return { problem: 'outside' };
  return found === wanted ? { path: found, root } : { path: found, root, caseDiffers: true };
}

/** Walks `rel` below `root`, matching each segment exactly or, when only one entry fits, ignoring letter case. */
function findIgnoringCase(root: string, rel: string): string | undefined {
  let at = root;
  for (const segment of rel.split(sep).filter(Boolean)) {
    const exact = join(at, segment);
    if (existsSync(exact)) {
      at = exact;
      continue;
    }
    let entries: string[];
    try {
      entries = readdirSync(at);
    } catch {
      return undefined;
    }
    const matches = entries.filter((entry) => entry.toLowerCase() === segment.toLowerCase());
    if (matches.length !== 1) return undefined;
    at = join(at, matches[0]);
  }
  return at;
}

/** The folder an input stands for: itself when it is one, else the folder of the file. */
export function inputRoot(input: string, isDirectory: boolean): string {
  return realpathSync(isDirectory ? input : dirname(input));
}
