import { describe, expect, it } from 'vitest';
import { formatProblem, problemIn, problemReporter, type ContentProblem } from './content-problem.ts';

describe('problemIn', () => {
  it('builds the problem from its parts, leaving out the parts a rule does not give', () => {
    expect(problemIn('a.mdx', 'ms.date', 'expected a date', { line: 7, found: '"x"', fix: 'write 03/04/2021' })).toStrictEqual({ file: 'a.mdx', line: 7, field: 'ms.date', message: 'expected a date', found: '"x"', fix: 'write 03/04/2021' });
    expect(problemIn('a.mdx', undefined, 'no source', { rule: 'translation-without-source' })).toStrictEqual({ file: 'a.mdx', message: 'no source', rule: 'translation-without-source' });
  });

  it('reads in a report as a hand-written problem does', () => {
    expect(formatProblem(problemIn('a.mdx', 'slug', 'expected a URL-safe slug', { found: '"A b"', fix: 'rename the file to a-b.mdx' }))).toBe('a.mdx: slug: expected a URL-safe slug, found "A b"\n    fix: rename the file to a-b.mdx');
  });
});

describe('problemReporter', () => {
  it('adds problems of its file to the list', () => {
    const problems: ContentProblem[] = [];
    const report = problemReporter(problems, 'a.mdx');
    report('locale', 'unknown locale');
    report('slug', 'bad slug', { line: 1 });
    expect(problems).toStrictEqual([{ file: 'a.mdx', field: 'locale', message: 'unknown locale' }, { file: 'a.mdx', line: 1, field: 'slug', message: 'bad slug' }]);
  });
});
