import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { refractor } from 'refractor/core';
import bash from 'refractor/bash';
import batch from 'refractor/batch';
import csharp from 'refractor/csharp';
import json from 'refractor/json';
import markup from 'refractor/markup';
import powershell from 'refractor/powershell';
import python from 'refractor/python';
import yaml from 'refractor/yaml';
import { visit } from './visit-tree.ts';

// The languages of admin troubleshooting articles: commands (PowerShell, setup.exe lines, shells), config files.
const grammars = [powershell, bash, batch, json, markup, yaml, csharp, python];
for (const grammar of grammars) refractor.register(grammar);

/** Fence tags Docs articles use for these languages, beside Prism's own names and aliases (`xml`, `sh`, `yml`…). */
const docsAliases: Readonly<Record<string, string>> = {
  ps: 'powershell',
  ps1: 'powershell',
  pwsh: 'powershell',
  'powershell-interactive': 'powershell',
  azurepowershell: 'powershell',
  'azurepowershell-interactive': 'powershell',
  azurecli: 'bash',
  'azurecli-interactive': 'bash',
  zsh: 'bash',
  cmd: 'batch',
  bat: 'batch',
  dos: 'batch',
  config: 'markup',
  xaml: 'markup',
  csproj: 'markup',
  jsonc: 'json',
  json5: 'json',
};

/** Every tag a fence may carry, to the grammar's own name, which the `language-…` class then shows. */
const languageOfTag = new Map([
  ...grammars.flatMap((grammar) =>
    [grammar.displayName, ...grammar.aliases].map((name) => [name, grammar.displayName] as const),
  ),
  ...Object.entries(docsAliases),
]);

/**
 * The grammar name for a fence tag, case-insensitively, or undefined when it has none here (the block stays plain).
 * `highlightLanguage('PowerShell')` → `'powershell'`; `highlightLanguage('cmd')` → `'batch'`; `highlightLanguage('console')` → `undefined`.
 */
export function highlightLanguage(tag: string): string | undefined {
  return languageOfTag.get(tag.toLowerCase());
}

/** The fence tag of a `<code>` in a `<pre>`: mdast-util-to-hast writes it as the `language-…` class. */
function fenceTagOf(code: Element): string | undefined {
  const classes = Array.isArray(code.properties.className) ? code.properties.className : [];
  const tag = classes.map(String).find((name) => name.startsWith('language-'));
  return tag?.slice('language-'.length);
}

/**
 * A `<pre>` of fenced code with a tag a grammar here knows, highlighted, as a new element (the one given is left as
 * it was), or undefined when it stays plain; both engines' plugins use it.
 * `<pre><code class="language-ps">Get-Item $x</code></pre>` →
 * `<pre class="code-highlighted"><code class="language-powershell"><span class="token function">Get-Item</span> <span class="token variable">$x</span></code></pre>`
 */
export function highlightedPre(pre: Element): Element | undefined {
  if (pre.tagName !== 'pre') return undefined;
  const code = pre.children.find(
    (child): child is Element => child.type === 'element' && child.tagName === 'code',
  );
  const tag = code && fenceTagOf(code);
  const language = tag && highlightLanguage(tag);
  if (!code || !language) return undefined;
  const highlighted: Element = {
    type: 'element',
    tagName: 'code',
    properties: { ...code.properties, className: [`language-${language}`] },
    children: refractor.highlight(toText(code, { whitespace: 'pre' }), language)
      .children as Element['children'],
  };
  return {
    type: 'element',
    tagName: 'pre',
    properties: { ...pre.properties, className: ['code-highlighted'] },
    children: pre.children.map((child) => (child === code ? highlighted : child)),
  };
}

/**
 * Rehype plugin: highlights fenced code with Prism grammars (refractor) as `<span class="token …">`, coloured by
 * the site stylesheet. Shiki's inline `style` attributes are refused by the CSP; classes are not. A fence without
 * a tag, or with a tag no grammar here knows, stays plain text (see `highlightedPre`).
 */
export function rehypeCodeHighlight() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      const highlighted = highlightedPre(node);
      if (highlighted) Object.assign(node, highlighted);
    });
  };
}
