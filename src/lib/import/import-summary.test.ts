import { describe, expect, it } from 'vitest';
import { summarizeImport } from './import-summary.ts';

describe('summarizeImport', () => {
  it('lists counts, changed slugs, fixes by kind, warnings and failures', () => {
    const summary = summarizeImport({
      imported: ['a.md', 'b.md'],
      changedSlugs: [{ from: 'Reset Password', to: 'reset-password' }],
      fixes: [{ kind: 'curly-brace' }, { kind: 'br-tag' }, { kind: 'curly-brace' }],
      warnings: [{ file: 'a.md', line: 3, field: 'link', message: 'kept as written' }],
      failures: [{ file: 'c.md', line: 9, field: 'mdx', message: 'does not compile' }],
      dryRun: true,
    });
    expect(summary).toBe([
      'Imported 2 files (dry run: nothing written)',
      'Changed slugs: "Reset Password" → reset-password',
      'Fixed constructs: br-tag 1, curly-brace 2',
      'Warnings: 1',
      '  a.md:3: link: kept as written',
      'Failed: 1 file',
      '  c.md:9: mdx: does not compile',
    ].join('\n'));
  });
});
