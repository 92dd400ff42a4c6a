import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { SourceLink } from '../lib/content/source-links.ts';

/** A content file as the link check reads it: its project-relative path and text. */
interface TextFile {
  path: string;
  text: string;
}

/** Where the articles loader leaves each article's links, beside its content report: `node_modules/.astro/source-links.json`. */
function sourceLinksUrl(cacheDir: URL): URL {
  return new URL('source-links.json', cacheDir);
}

function textDigest(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64');
}

/**
 * Writes the links the content check read from each article, with the digest of the file text they came from, so
 * the link check's translation parity does not parse every article again:
 * `writeSourceLinks(cacheDir, [{ path: 'content/en-US/a.mdx', text, links: [{ url: '/b/', line: 4 }] }])`.
 */
export function writeSourceLinks(
  cacheDir: URL,
  articles: readonly (TextFile & { links: SourceLink[] })[],
): void {
  const byPath = Object.fromEntries(
    articles.map((article) => [
      article.path,
      { digest: textDigest(article.text), links: article.links.map((l) => [l.url, l.line]) },
    ]),
  );
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(sourceLinksUrl(cacheDir), `${JSON.stringify(byPath)}\n`);
}

/**
 * The links the last build read from a file, when its text is still the one they were read from; undefined when the
 * file changed since, is not in the file, or there is no such file (then the caller parses it):
 * `readSourceLinks(cacheDir)({ path: 'content/en-US/a.mdx', text })` → `[{ url: '/b/', line: 4 }]`.
 */
export function readSourceLinks(cacheDir: URL): (file: TextFile) => SourceLink[] | undefined {
  let byPath: Record<string, { digest: string; links: [string, number][] }>;
  try {
    byPath = JSON.parse(readFileSync(sourceLinksUrl(cacheDir), 'utf8'));
  } catch {
    return () => undefined;
  }
  return (file) => {
    const known = Object.hasOwn(byPath, file.path) ? byPath[file.path] : undefined;
    if (!known || known.digest !== textDigest(file.text)) return undefined;
    return known.links.map(([url, line]) => ({ url, line }));
  };
}
