import { describe, expect, it } from 'vitest';
import { edit, enUS, frFR, reportFor } from '../../../test/content-fixtures.ts';
import { formatProblem } from './content-problem.ts';
import { checkContent } from './content-check.ts';
import { checkSectionIds } from './section-id-check.ts';

const warningsFor = (...files: Parameters<typeof checkContent>[0]) => checkContent(files).warnings.map(formatProblem);

describe('section ids that are not valid fragment identifiers', () => {
  it('refuses an anchor id with a space, with its line and the id to write instead', () => {
    const report = reportFor(edit(enUS, '<a name="error-message">', '<a name="error message">'));
    expect(report).toContain('content/en-US/troubleshoot-sspr.mdx:26: section id: expected an id that works in a #link as written: letters, digits, - _ and . only, no spaces, found "error message"');
    expect(report).toContain('fix: write <a name="error-message"></a>, with the same id in every locale');
  });

  it('refuses URL syntax in an id, on any heading depth, and proposes its slug', () => {
    const report = reportFor(edit(enUS, '## <a name="error-message"></a>', '### <a name="error#message"></a>'));
    expect(report).toContain('content/en-US/troubleshoot-sspr.mdx:26: section id: expected an id that works in a #link as written');
    expect(report).toContain('fix: write <a name="errormessage"></a>');
  });
});

describe('generated heading ids that clash with an anchor', () => {
  it('warns, with file and line, when a heading without an anchor would get an anchor\'s id, and names the id it gets', () => {
    const withClash = edit(enUS, '## <a name="error-message"></a>I\'m seeing an error message\n', '## <a name="error-message"></a>I\'m seeing an error message\n\n### Error message\n');
    const { problems, warnings } = checkContent([withClash]);
    expect(problems).toEqual([]);
    expect(warnings.map(formatProblem)).toEqual([
      'content/en-US/troubleshoot-sspr.mdx:28: section id: a heading without an anchor would get the id "error-message" from its text, which the anchor on line 26 has: the page gives it "error-message-1" instead, found "Error message"\n    fix: start the heading with its own <a name="some-id"></a>, or reword it',
    ]);
  });

  it('warns about a heading whose text makes no id', () => {
    const warnings = warningsFor(edit(enUS, '## <a name="error-message"></a>', '### 🚀\n\n## <a name="error-message"></a>'));
    expect(warnings).toEqual([expect.stringContaining('content/en-US/troubleshoot-sspr.mdx:26: section id: a heading without an anchor has no text to make an id of: the page gives it "section" instead, found "🚀"')]);
  });

  it('has no warning for the shipped articles', () => {
    expect(checkContent([enUS, frFR]).warnings).toEqual([]);
  });
});

describe('checkSectionIds', () => {
  it('reports a repeated id, and a missing id on sections (h1, h2) only', () => {
    const { problems } = checkSectionIds('a.mdx', [
      { depth: 2, id: 'a', text: 'A', line: 1 },
      { depth: 2, id: 'a', text: 'B', line: 2 },
      { depth: 3, text: 'C', line: 3 },
      { depth: 2, text: 'D', line: 4 },
    ]);
    expect(problems.map((p) => `${p.line}: ${p.message}`)).toEqual(['2: duplicate id, already used on line 1', '4: a section heading needs a stable id, the same in every locale']);
  });
});
