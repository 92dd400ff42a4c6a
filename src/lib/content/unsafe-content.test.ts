import { describe, expect, it } from 'vitest';
import { checkContent } from './content-check.ts';
import { formatProblems } from './content-problem.ts';
import { findUnsafeContent } from './unsafe-content.ts';

const find = (body: string) => findUnsafeContent('content/en-US/a.mdx', body, 10);

describe('findUnsafeContent', () => {
  it('refuses a script element, with the file line and how to fix it', () => {
    const [problem, ...rest] = find('# Title\n\nText.\n\n<script>alert(1)</script>\n');
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: 'content/en-US/a.mdx', line: 14, field: 'unsafe content', found: '<script>' });
    expect(problem.message).toContain('<script> element');
    expect(problem.fix).toMatch(/remove it/);
  });

  it('refuses a script element inline in a paragraph, whatever its case', () => {
    expect(find('Text <SCRIPT src="/x.js"></SCRIPT> more.\n')).toMatchObject([{ line: 10, found: '<SCRIPT>' }]);
  });

  it('refuses event-handler attributes in HTML and JSX spelling', () => {
    const problems = find('<img src="/a.png" alt="" onerror="alert(1)" />\n\nSee <a href="/x/" onClick={() => alert(1)}>this</a>.\n');
    expect(problems.map((p) => p.found)).toEqual(['"onerror=alert(1)"', '"onClick={() => alert(1)}"']);
    expect(problems.map((p) => p.line)).toEqual([10, 12]);
    expect(problems[0].message).toContain('event-handler attribute on <img>');
  });

  it('refuses javascript: URLs in Markdown links, reference definitions and images', () => {
    const problems = find('[Click](javascript:alert(1))\n\n[ref][r]\n\n[r]: JavaScript:alert(2)\n\n![x](javascript:alert(3))\n');
    expect(problems.map((p) => [p.line, p.found])).toEqual([[10, '"javascript:alert(1)"'], [14, '"JavaScript:alert(2)"'], [16, '"javascript:alert(3)"']]);
    expect(problems[0].fix).toMatch(/https:\/\//);
  });

  it('refuses javascript: URLs disguised with character references or in JSX attributes', () => {
    expect(find('[x](&#106;avascript:alert(1))\n')).toHaveLength(1);
    expect(find('<a href="java&#115;cript:alert(1)">x</a>\n')).toHaveLength(1);
    expect(find("<a href={'javascript:alert(1)'}>x</a>\n")).toHaveLength(1);
    expect(find('<iframe src=" javascript:alert(1)" />\n')).toHaveLength(1);
  });

  it('refuses vbscript: URLs and control characters inside the scheme, as the importer does', () => {
    expect(find('[Click](vbscript:msgbox(1))\n')).toMatchObject([{ line: 10, found: '"vbscript:msgbox(1)"' }]);
    expect(find('<a href="VBScript:msgbox(1)">x</a>\n')).toHaveLength(1);
    expect(find('<a href="java\u0001script:alert(1)">x</a>\n')).toHaveLength(1);
    expect(find("<a href={'vbscript:msgbox(1)'}>x</a>\n")).toHaveLength(1);
  });

  it('lets through code that only shows a script, and ordinary links and anchors', () => {
    const body = '# <a name="a"></a>Title\n\nRun `<script>alert(1)</script>` or:\n\n```html\n<a href="javascript:x" onclick="y">z</a>\n```\n\n[Docs](https://docs.example.com/javascript:/) and [home](/en-us/).\n';
    expect(find(body)).toEqual([]);
  });

  it('reports MDX that does not parse at its line instead of throwing', () => {
    expect(find('Fine.\n\n<div>\n')).toMatchObject([{ field: 'MDX', line: 12 }]);
  });
});

describe('checkContent with unsafe content', () => {
  it('fails the content check with a readable report naming the file and line', () => {
    const text = '---\ntitle: A\n---\n# <a name="a"></a>A\n\n<button onclick="steal()">Reset</button>\n';
    const { articles, problems } = checkContent([{ path: 'content/en-US/a.mdx', text }]);
    expect(articles).toEqual([]);
    expect(formatProblems(problems)).toContain('content/en-US/a.mdx:6: unsafe content: an event-handler attribute on <button>');
  });
});

describe('findUnsafeContent on plain articles', () => {
  it('passes an article whose only markup is its section anchors', () => {
    expect(find('# <a name="a"></a>A\n\n## <a name="b"></a>B\n\n- [Docs](https://docs.example.com/) and **bold**.\n')).toEqual([]);
  });

  it('still inspects an anchor that carries more than a name', () => {
    expect(find('## <a name="b" onmouseover="x()"></a>B\n')).toMatchObject([{ found: '"onmouseover=x()"' }]);
  });
});

describe('findUnsafeContent reads GFM as the site does', () => {
  it('reports a script URL in a table cell at its line', () => {
    expect(find('| a | b |\n| - | - |\n| <a href="javascript:x">y</a> | ~5 min |\n')).toMatchObject([{ line: 12 }]);
  });

  it('takes a footnote for text, not for a link definition', () => {
    expect(find('Text[^1].\n\n[^1]: javascript:alert(1) is what the attacker typed.\n')).toEqual([]);
  });
});

describe('findUnsafeContent in MDX expressions', () => {
  it('refuses a script or an event handler written inside an expression or a spread', () => {
    expect(find('Text {<script>alert(1)</script>} more.\n')).toMatchObject([{ line: 10, field: 'unsafe content' }]);
    expect(find('<a href="/x/" {...{ onClick: () => alert(1) }}>x</a>\n')).toMatchObject([{ line: 10 }]);
    expect(find('{"javascript:alert(1)"}\n')).toHaveLength(1);
  });

  it('lets through comments and plain expressions', () => {
    expect(find('Text {/* a note for translators */} and {1 + 1}.\n\n<a href="/x/" {...{ title: "ok" }}>x</a>\n')).toEqual([]);
  });
});
