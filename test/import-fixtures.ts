import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem } from '../src/lib/content/content-problem.ts';
import {
  importArticle,
  type ImportArticleOptions,
  type ImportArticleResult,
} from '../src/lib/import/import-article.ts';

/** Where the per-construct fixtures live: `<name>.md` in, `<name>.mdx` (or `<name>.problems.txt`) expected. */
export const fixtureDir = join(import.meta.dirname, 'fixtures/import');

const articles = ['reset-password', 'sign-in-help'];

/** A link context for tests that resolves nothing: every relative link and image is missing. */
export const noLinks: ImportArticleOptions['links'] = {
  siteRootHost: 'https://learn.microsoft.com',
  resolveArticle: () => ({ problem: 'missing' }),
  resolveImage: () => ({ problem: 'missing' }),
};

/** Imports a fixture as an en-US article with the fixture folder as its surroundings. */
export function importFixture(name: string): Promise<ImportArticleResult> {
  const file = join(fixtureDir, `${name}.md`);
  return importArticle(
    { file: `${name}.md`, text: readFileSync(file, 'utf8'), locale: 'en-US', slug: name },
    {
      symptomHeadings: true,
      contentDir: 'content',
      links: {
        siteRootHost: 'https://learn.microsoft.com',
        resolveArticle: (path) => {
          const name = path.replace(/\.md$/i, '');
          const slug = articles.find((article) => article.toLowerCase() === name.toLowerCase());
          return slug ? { slug, caseDiffers: slug !== name } : { problem: 'missing' };
        },
        resolveSiteRoot: (path) => /^\/AlchemyInsights\/([\w-]+)$/.exec(path)?.[1],
        resolveImage: (path) =>
          path === 'media/shot.png' ? { url: './media/shot.png' } : { problem: 'missing' },
      },
      readInclude: (path) => {
        try {
          return readFileSync(join(fixtureDir, path), 'utf8');
        } catch {
          return undefined;
        }
      },
    },
  );
}

/** What a fixture's expectation file holds: the MDX, or the problems one per line. */
export function describeResult(result: ImportArticleResult): string {
  return result.output ?? `${result.problems.map(formatProblem).join('\n')}\n`;
}
