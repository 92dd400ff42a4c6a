import type { Root } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { parse, parseFragment } from 'parse5';

/**
 * Parses HTML into a hast tree as `hast-util-from-html` does, but without source positions, which nothing of ours
 * reads: parse5 tracking them and hast converting them was about a third of the parse (7,122 built pages: 17.6 s of
 * CPU with positions, 11.0 s without). `htmlToHast('<p id="a">x</p>', { fragment: true })` → `{ type: 'root',
 * children: [{ type: 'element', tagName: 'p', properties: { id: 'a' }, children: [{ type: 'text', value: 'x' }] }] }`.
 */
export function htmlToHast(html: string, options: { fragment?: boolean } = {}): Root {
  const document = options.fragment
    ? parseFragment(html, { scriptingEnabled: false })
    : parse(html, { scriptingEnabled: false });
  return fromParse5(document) as Root;
}
