import { describe, expect, it } from 'vitest';
import { checkContent } from './content-check.ts';
import { formatProblem, formatProblems } from './content-problem.ts';
import { findNestingProblems, findSizeProblems, inputLimits } from './input-limits.ts';

const path = 'content/en-US/a.mdx';
const nesting = (body: string) => findNestingProblems(path, body, 5).map(formatProblem);
/** The content report for an article with this body, and how long the check took. */
const check = (body: string) => {
  const started = performance.now();
  const report = formatProblems(checkContent([{ path, text: `---\ntitle: A\n---\n# <a name="a"></a>A\n\n${body}` }]).problems);
  return { report, ms: performance.now() - started };
};

describe('findSizeProblems', () => {
  it('refuses a file over the size limit, naming the limit', () => {
    expect(findSizeProblems(path, 'x\n'.repeat(200_000)).map(formatProblem)).toEqual([
      'content/en-US/a.mdx: file size: the file has 400,000 characters; the limit is 131,072\n    fix: split the article into several, or move inline data: images into media files',
    ]);
  });

  it('refuses a line over the length limit, at its line', () => {
    expect(findSizeProblems(path, `a\nb\n${'word '.repeat(5000)}\n`).map(formatProblem)).toEqual([
      'content/en-US/a.mdx:3: line length: the line has 25,000 characters; the limit is 20,000\n    fix: break the paragraph into lines or paragraphs, or move an inline data: image into a media file',
    ]);
    expect(findSizeProblems(path, `${'x'.repeat(inputLimits.lineChars)}\n`)).toEqual([]);
  });
});

describe('findNestingProblems', () => {
  it('refuses 10,000 nested > quotes, which overflow the parser\'s stack', () => {
    expect(nesting(`${'>'.repeat(10_000)} x\n`)).toEqual(['content/en-US/a.mdx:5: nesting: the line opens 10,000 block quotes or list items; the limit is 16\n    fix: flatten the quotes or lists: readers cannot follow that many levels']);
    expect(nesting(`${'> '.repeat(16)}x\n`)).toEqual([]);
  });

  it('refuses lists nested by indentation beyond the limit, outside fenced code', () => {
    const deep = Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n');
    expect(nesting(`${deep}\n`)).toEqual(['content/en-US/a.mdx:38: nesting: the line is indented 66 columns; the limit is 64\n    fix: flatten the nested lists, or put deeply indented text in a fenced code block']);
    expect(nesting(`\`\`\`json\n${' '.repeat(200)}"deep": 1\n\`\`\`\n`)).toEqual([]);
  });

  it('refuses elements nested beyond the limit', () => {
    expect(nesting(`${'<span>'.repeat(10_000)}x${'</span>'.repeat(10_000)}\n`)).toEqual(['content/en-US/a.mdx:5: nesting: more than 32 HTML elements are open inside each other here\n    fix: close the elements, or write a literal < as \\<']);
    expect(nesting(`${'<div>\n'.repeat(33)}`)).toMatchObject([expect.stringContaining('a.mdx:37: nesting: more than 32 HTML elements')]);
    expect(nesting(`${'<br /> <a name="x"></a>'.repeat(100)}\n`)).toEqual([]);
  });

  it('refuses nested brackets and braces, and paragraphs with too many of them or of emphasis marks', () => {
    expect(nesting(`${'[a'.repeat(40)}${'](u)'.repeat(40)}\n`)).toEqual(['content/en-US/a.mdx:5: nesting: the paragraph opens more than 32 [ or { inside each other\n    fix: close the brackets, or write literal ones as \\[ and \\{']);
    expect(nesting(`${'{'.repeat(40)}\n`)).toMatchObject([expect.stringContaining('more than 32 [ or {')]);
    expect(nesting(`${'[a] '.repeat(1001)}\n`)).toMatchObject([expect.stringContaining('the paragraph has more than 1,000 [ brackets')]);
    expect(nesting(`${'**a '.repeat(150)}x${' a**'.repeat(150)}\n`)).toEqual(['content/en-US/a.mdx:5: nesting: the paragraph has more than 200 runs of *, _ or ~; the parser pairs them up in quadratic time\n    fix: split the paragraph, or write literal marks as \\*, \\_ or \\~']);
  });

  it('counts per paragraph: list items, table rows and blank lines start afresh', () => {
    expect(nesting(Array.from({ length: 300 }, () => '- **bold** and _em_').join('\n'))).toEqual([]);
    expect(nesting(Array.from({ length: 300 }, () => '| **a** | _b_ |').join('\n'))).toEqual([]);
    expect(nesting(Array.from({ length: 300 }, () => 'A **bold** line.\n').join('\n'))).toEqual([]);
    expect(nesting('\\*'.repeat(500))).toEqual([]);
  });
});

describe('pathological articles end in a clear error within seconds', () => {
  it.each([
    ['10,000 nested >', `${'>'.repeat(10_000)} x\n`, 'content/en-US/a.mdx:6: nesting: the line opens 10,000 block quotes'],
    ['10,000 nested elements', `${'<div>\n'.repeat(10_000)}x\n${'</div>\n'.repeat(10_000)}`, 'content/en-US/a.mdx:38: nesting: more than 32 HTML elements'],
    ['8,000 nested links', `${'[a'.repeat(8000)}${'](u)'.repeat(8000)}\n`, 'content/en-US/a.mdx:6: line length: the line has 48,000 characters'],
    ['nested emphasis', `${'**a\n'.repeat(2000)}x\n${'a**\n'.repeat(2000)}`, 'content/en-US/a.mdx:206: nesting: the paragraph has more than 200 runs'],
    ['a huge file', `${'Text.\n\n'.repeat(100_000)}`, 'content/en-US/a.mdx: file size: the file has 700,038 characters; the limit is 131,072'],
  ])('%s', (_, body, message) => {
    const { report, ms } = check(body);
    expect(report).toContain(message);
    expect(ms).toBeLessThan(2000);
  });
});
