import { evaluate } from '@mdx-js/mdx';
import fc from 'fast-check';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import remarkGfm from 'remark-gfm';
import { gfmOptions } from '../markdown/mdx-parser.ts';
import { urlScheme } from '../url-scheme.ts';
import { findDisallowedContent } from './disallowed-content.ts';
import { findNestingProblems, findSizeProblems } from './input-limits.ts';
import { urlForSchemeCheck } from './unsafe-url.ts';

/** Element names: allowlisted, refused by name, unknown, and components. */
const elementName = fc.constantFrom('a', 'img', 'br', 'span', 'div', 'kbd', 'p', 'td', 'details', 'script', 'SCRIPT', 'meta', 'base', 'iframe', 'object', 'embed', 'form', 'input', 'link', 'style', 'svg', 'marquee', 'Callout', 'x.y');
/** URLs: allowed schemes, paths, and script or data URLs in the disguises browsers see through. */
const url = fc.constantFrom(
  'https://a.example/', '/en-us/a/', '#top', 'mailto:a@b.example', 'ms-settings:privacy', 'data:image/png;base64,iVBORw0KGgo=',
  'javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java&#115;cript:alert(1)', '&#x6A;avascript:alert(1)', 'java%73cript:alert(1)',
  'java&#x09;script:alert(1)', 'vbscript:msgbox(1)', 'data:text/html;base64,PHNjcmlwdD4=', 'data:image/svg+xml;base64,PHN2Zz4=', 'file:///etc/passwd',
);
/** Attribute values as MDX can write them: quoted text, a quoted string in braces, and expressions that compute. */
const attributeValue = fc.oneof(
  url.map((u) => `"${u}"`),
  url.map((u) => `{'${u}'}`),
  fc.constantFrom('"x"', '"16"', '"_blank"', '"background:url(https://a.example/t.gif)"', '{1}', '{"java" + "script:alert(1)"}', '{globalThis.__polyhelpRan = 1}', '{tenant}'),
);
const attributeName = fc.constantFrom('href', 'src', 'name', 'title', 'alt', 'class', 'width', 'target', 'onclick', 'onError', 'style', 'set:html', 'is:raw', 'id', 'srcdoc', 'formaction', 'http-equiv', 'content');
const attribute = fc.oneof(
  fc.tuple(attributeName, attributeValue).map(([name, value]) => ` ${name}=${value}`),
  fc.constantFrom(' open', ' {...{ onClick: "x" }}'),
);
const element = fc.tuple(elementName, fc.array(attribute, { maxLength: 3 }), fc.boolean()).map(([name, attributes, empty]) => (empty ? `<${name}${attributes.join('')} />` : `<${name}${attributes.join('')}>text</${name}>`));
const expression = fc.constantFrom("{'{'}", '{"<script>alert(1)</script>"}', '{/* note */}', '{tenant}', '{globalThis.__polyhelpRan = 1}', '{(() => { globalThis.__polyhelpRan = 1 })()}', '{`t`}', '{1 + 1}', '{<script>x</script>}');
const markdown = fc.oneof(
  url.map((u) => `[link](${u})`),
  url.map((u) => `![image](${u})`),
  url.map((u) => `[ref]\n\n[ref]: ${u}`),
  fc.constantFrom('**bold**', '`<script>alert(1)</script>`', '\\{escaped\\}', '&lt;script&gt;', 'www.example.com', '~5 min', '| a | b |\n| - | - |\n| c | d |'),
);
/** Pieces the allowlist takes, so that about half the bodies pass and get rendered. */
const allowedInline = fc.constantFrom(
  '<a href="https://a.example/" target="_blank">x</a>', '<a name="b"></a>', '<img src="/media/en-US/a.png" alt="A" width="16" />', '<br />', '<kbd>Ctrl</kbd>',
  '<span class="note" dir="rtl">x</span>', "{'{'}", '{/* note */}', '[link](/en-us/a/)', '![image](data:image/png;base64,iVBORw0KGgo=)', 'plain words', '**bold**',
);
const inline = fc.oneof({ arbitrary: allowedInline, weight: 6 }, element, expression, markdown);
const block = fc.oneof(
  fc.array(inline, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(' ')),
  inline.map((text) => `> ${text}`),
  inline.map((text) => `- ${text}`),
  fc.constantFrom('import cp from "node:child_process"', 'export const x = globalThis.__polyhelpRan = 1', '```html\n<script>alert(1)</script>\n```'),
);
const body = fc.array(block, { minLength: 1, maxLength: 5 }).map((blocks) => `# <a name="a"></a>Title\n\n${blocks.join('\n\n')}\n`);

/** A JSX runtime that renders to an HTML string, as Astro's does, so the test sees the HTML a reader would get. */
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
type Props = { children?: unknown; [name: string]: unknown };
const renderChildren = (children: unknown): string => (Array.isArray(children) ? children.map(renderChildren).join('') : children === undefined || children === null || children === false ? '' : typeof children === 'object' && 'html' in (children as object) ? (children as { html: string }).html : escapeHtml(String(children)));
const Fragment = (props: Props) => ({ html: renderChildren(props.children) });
const jsx = (type: unknown, props: Props) => {
  if (typeof type === 'function') return type(props);
  const attributes = Object.entries(props).filter(([name]) => name !== 'children').map(([name, value]) => ` ${name}="${escapeHtml(String(value))}"`).join('');
  return { html: `<${String(type)}${attributes}>${renderChildren(props.children)}</${String(type)}>` };
};

async function renderMdx(source: string): Promise<string> {
  const { default: Content } = await evaluate(source, { Fragment, jsx, jsxs: jsx, remarkPlugins: [[remarkGfm, gfmOptions]] } as never);
  return (Content({}) as { html: string }).html;
}

const activeElements = new Set(['script', 'iframe', 'frame', 'object', 'embed', 'meta', 'base', 'form', 'link', 'style', 'svg', 'math', 'input', 'button', 'template']);
const urlAttributes = new Set(['href', 'src', 'action', 'formaction', 'srcdoc', 'data', 'poster', 'xlink:href']);

/** Everything in rendered HTML that could act: active elements, handlers, styles, directives and script or data URLs. */
function activeContent(html: string): string[] {
  const found: string[] = [];
  visit(fromHtml(html, { fragment: true }) as Root, 'element', (node: Element) => {
    if (activeElements.has(node.tagName)) found.push(`<${node.tagName}>`);
    for (const [name, value] of Object.entries(node.properties ?? {})) {
      const text = Array.isArray(value) ? value.join(' ') : String(value);
      if (/^on/i.test(name) || name === 'style' || name.includes(':') || /^(set|is|client|define)[A-Z]/.test(name)) found.push(`${name}=${text}`);
      if (urlAttributes.has(name.toLowerCase())) {
        const scheme = urlScheme(urlForSchemeCheck(text));
        const inlineImage = node.tagName === 'img' && name === 'src' && /^data:image\/(png|jpeg|gif|webp);base64,/i.test(urlForSchemeCheck(text));
        if (scheme && !['https', 'http', 'mailto', 'tel', 'ms-settings'].includes(scheme) && !inlineImage) found.push(`${name}=${text}`);
      }
    }
  });
  return found;
}

const problemsOf = (source: string, quick = true) => [...findSizeProblems('content/en-US/r.mdx', source), ...findNestingProblems('content/en-US/r.mdx', source), ...findDisallowedContent('content/en-US/r.mdx', source, 1, { quick })];

describe('random allowlisted and refused MDX constructs', () => {
  it('either pass the check and render to HTML with no active content, or fail it with a located, readable reason', async () => {
    let rendered = 0;
    await fc.assert(
      fc.asyncProperty(body, async (source) => {
        delete (globalThis as { __polyhelpRan?: number }).__polyhelpRan;
        const problems = problemsOf(source);
        if (problems.length > 0) {
          for (const problem of problems) {
            expect(problem).toMatchObject({ file: 'content/en-US/r.mdx', message: expect.stringMatching(/\w{3}/), fix: expect.stringMatching(/\w{3}/) });
            if (problem.field !== 'file size') expect(problem.line).toBeGreaterThanOrEqual(1);
          }
          return;
        }
        const html = await renderMdx(source);
        rendered++;
        expect(activeContent(html), html).toEqual([]);
        expect((globalThis as { __polyhelpRan?: number }).__polyhelpRan).toBeUndefined();
      }),
      { numRuns: 300 },
    );
    // Both outcomes must be common, or the property tests one side only.
    expect(rendered).toBeGreaterThan(30);
    expect(rendered).toBeLessThan(270);
  }, 120_000);

  it('get the same findings whether or not the quick test lets the parse be skipped', () => {
    fc.assert(
      fc.property(body, (source) => {
        expect(problemsOf(source)).toEqual(problemsOf(source, false));
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});

describe('the renderer the property test judges by', () => {
  it('does show active content when it is there, so a pass means something', async () => {
    expect(activeContent(await renderMdx('<a href="javascript:x" onClick="y">z</a> <meta http-equiv="refresh" /> <img src="data:image/png;base64,AA" />\n'))).toEqual(['href=javascript:x', 'onClick=y', '<meta>']);
  });
});
