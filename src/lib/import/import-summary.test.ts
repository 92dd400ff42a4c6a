import { describe, expect, it } from 'vitest';
import { summarizeImport, summaryToJson, type ImportRun } from './import-summary.ts';

const run: ImportRun = {
  filesIn: 3,
  imported: ['a.md', 'b.md'],
  written: ['content/en-US/a.mdx'],
  unchanged: ['content/en-US/b.mdx'],
  repaired: ['a.md'],
  images: ['content/en-US/media/a.png'],
  changedSlugs: [{ from: 'Reset Password', to: 'reset-password' }],
  fixes: [
    { kind: 'curly-brace' },
    { kind: 'frontmatter-key' },
    { kind: 'curly-brace' },
    { kind: 'site-root-link' },
  ],
  warnings: [
    {
      file: 'a.md',
      line: 3,
      field: 'link',
      rule: 'link-outside-import',
      message: 'kept as written',
    },
  ],
  failures: [{ file: 'c.md', line: 9, field: 'mdx', message: 'does not compile' }],
  siteRootHost: 'https://learn.microsoft.com',
  dryRun: true,
};

describe('summarizeImport', () => {
  it('counts by class (written, repaired, failed, warnings by rule), then lists warnings and failures', () => {
    expect(summarizeImport(run)).toBe(
      [
        'Imported 2 of 3 files (dry run: nothing written)',
        'Written: 1, unchanged: 1, images: 1',
        'Repaired: 1 file (frontmatter-key 1)',
        'Site-root links made absolute on https://learn.microsoft.com: 1',
        'Changed slugs: "Reset Password" → reset-password',
        'Converted constructs: curly-brace 2, site-root-link 1',
        'Warnings: 1 (link-outside-import 1)',
        '  a.md:3: link: kept as written',
        'Failed: 1 file (mdx 1)',
        '  c.md:9: mdx: does not compile',
      ].join('\n'),
    );
  });

  it('gives scripts the same counts as JSON', () => {
    expect(summaryToJson(run)).toMatchObject({
      filesIn: 3,
      imported: 2,
      written: 1,
      repaired: 1,
      failed: 1,
      siteRootLinks: { count: 1 },
      warningsByRule: { 'link-outside-import': 1 },
      failuresByRule: { mdx: 1 },
    });
  });
});
