import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem } from '../src/lib/content/content-problem.ts';
import { importArticle, type ImportArticleResult } from '../src/lib/import/import-article.ts';

/** Where the per-construct fixtures live: `<name>.md` in, `<name>.mdx` (or `<name>.problems.txt`) expected. */
export const fixtureDir = join(import.meta.dirname, 'fixtures/import');

/** Imports a fixture as an en-US article with the fixture folder as its surroundings. */
export function importFixture(name: string): Promise<ImportArticleResult> {
  const file = join(fixtureDir, `${name}.md`);
  return importArticle(
    { file: `${name}.md`, text: readFileSync(file, 'utf8'), locale: 'en-US', slug: name },
    {
      symptomHeadings: true,
      contentDir: 'content',
      links: {
        articles: new Map([['reset-password', 'reset-password'], ['sign-in-help', 'sign-in-help']]),
        imageUrl: (path) => (path === 'media/shot.png' ? '/media/en-US/shot.png' : undefined),
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
