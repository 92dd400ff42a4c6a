import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { noLinks } from './import-fixtures.ts';
import { importArticle } from '../src/lib/import/import-article.ts';
import { fileSourceHash } from '../src/lib/l10n/source-hash.ts';

const root = join(import.meta.dirname, '..');
// The seed lives in shared/, beside the repository in CI and in the workspace on a developer's machine.
const seed = readFileSync(
  firstExisting([
    join(root, '../shared/seed/troubleshoot-sspr.fr-FR.md'),
    '/work/shared/seed/troubleshoot-sspr.fr-FR.md',
  ]),
  'utf8',
);
const committed = readFileSync(join(root, 'content/fr-FR/troubleshoot-sspr.mdx'), 'utf8');
const source = readFileSync(join(root, 'content/en-US/troubleshoot-sspr.mdx'), 'utf8');

function firstExisting(paths: string[]): string {
  return paths.find((path) => existsSync(path)) ?? paths[0];
}

const importSeed = (
  symptomHeadings: boolean,
  sourceArticle: string | null = source,
  recordSourceHash = false,
) =>
  importArticle(
    { file: 'troubleshoot-sspr.fr-FR.md', text: seed, locale: 'fr-FR', slug: 'troubleshoot-sspr' },
    {
      symptomHeadings,
      sourceArticle: sourceArticle ?? undefined,
      recordSourceHash,
      contentDir: 'content',
      links: noLinks,
      readInclude: () => undefined,
    },
  );
// The committed translation records an older source hash on purpose: the e2e freshness test needs an outdated page.
const committedHashLine = /^polyhelp\.sourcehash: .*\n/m;

describe('importing the French seed article', () => {
  it('reproduces the committed content/fr-FR/troubleshoot-sspr.mdx byte for byte', async () => {
    const result = await importSeed(true);
    expect(result.problems).toEqual([]);
    expect(result.output).toBe(committed.replace(committedHashLine, ''));
  });

  it('records the hash of the source it was imported with, when told that source is the imported one', async () => {
    const result = await importSeed(true, source, true);
    expect(result.output).toBe(
      committed.replace(committedHashLine, `polyhelp.sourcehash: ${fileSourceHash(source)}\n`),
    );
  });

  it('turns exactly the five bold symptom lines into sections with the English ids', async () => {
    const result = await importSeed(true);
    expect(result.fixes.map((f) => `${f.kind}@${f.line}`)).toEqual([
      'symptom-heading@25',
      'symptom-heading@32',
      'symptom-heading@36',
      'symptom-heading@41',
      'symptom-heading@48',
    ]);
  });

  it('gives the same output on a second run', async () => {
    expect((await importSeed(true)).output).toBe((await importSeed(true)).output);
  });

  it('keeps bold lines as written with --no-symptom-headings, and then fails the section-id check', async () => {
    const result = await importSeed(false);
    expect(result.output).toBeUndefined();
    expect(result.problems).toMatchObject([
      { field: 'section ids', found: expect.stringContaining('missing setup-password-reset') },
    ]);
  });

  it('derives ids from the text when there is no English article, and warns that the source is missing', async () => {
    const result = await importSeed(true, null);
    expect(result.output).toContain(
      '## <a name="je-vois-un-message-derreur"></a>Je vois un message d’erreur',
    );
    expect(result.warnings).toMatchObject([
      { message: expect.stringContaining('translation without a source') },
    ]);
  });
});
