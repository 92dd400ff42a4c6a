import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { headingsToPageIds, type SourceHeading } from '../lib/content/section-ids.ts';
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
 * Writes the links and the page's heading ids the content check read from each article, with the digest of the file
 * text they came from, so the link check does not parse every article again (for translation parity, and for
 * `#fragment` links into pages another shard builds):
 * `writeSourceLinks(cacheDir, [{ path: 'content/en-US/a.mdx', text, links: [{ url: '/b/', line: 4 }], headings }])`.
 */
export function writeSourceLinks(
  cacheDir: URL,
  articles: readonly (TextFile & { links: SourceLink[]; headings: readonly SourceHeading[] })[],
): void {
  const byPath = Object.fromEntries(
    articles.map((article) => [
      article.path,
      {
        digest: textDigest(article.text),
        links: article.links.map((l) => [l.url, l.line]),
        ids: headingsToPageIds(article.headings),
      },
    ]),
  );
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(sourceLinksUrl(cacheDir), `${JSON.stringify(byPath)}\n`);
}

/** What the last build read from each file, by path, or `{}` when there is no such file (the caller parses then). */
function readFacts(
  cacheDir: URL,
): Record<string, { digest: string; links: [string, number][]; ids: string[] }> {
  try {
    return JSON.parse(readFileSync(sourceLinksUrl(cacheDir), 'utf8'));
  } catch {
    return {};
  }
}

/** A reader of one kind of fact about files, given only for a file whose text is still the one it was read from. */
function factReader<T>(cacheDir: URL, fact: (known: ReturnType<typeof readFacts>[string]) => T) {
  const byPath = readFacts(cacheDir);
  return (file: TextFile): T | undefined => {
    const known = Object.hasOwn(byPath, file.path) ? byPath[file.path] : undefined;
    return known && known.digest === textDigest(file.text) ? fact(known) : undefined;
  };
}

/**
 * The links the last build read from a file, when its text is still the one they were read from; undefined when the
 * file changed since, is not in the file, or there is no such file (then the caller parses it):
 * `readSourceLinks(cacheDir)({ path: 'content/en-US/a.mdx', text })` → `[{ url: '/b/', line: 4 }]`.
 */
export function readSourceLinks(cacheDir: URL): (file: TextFile) => SourceLink[] | undefined {
  return factReader(cacheDir, (known) => known.links.map(([url, line]) => ({ url, line })));
}

/**
 * The ids the last build found an article's page gives its headings (`headingsToPageIds`), on the same terms as
 * `readSourceLinks`: `readSourceHeadingIds(cacheDir)({ path: 'content/en-US/a.mdx', text })` → `['steps', 'steps-1']`.
 */
export function readSourceHeadingIds(cacheDir: URL): (file: TextFile) => string[] | undefined {
  return factReader(cacheDir, (known) => known.ids);
}
