import type { RootContent } from 'hast';
import { describe, expect, it } from 'vitest';
import { appendToSections, parseIntoSections } from './section-originals.ts';
import { sectionStarts } from './section-starts.ts';

const marker = (id: string): RootContent => ({
  type: 'element',
  tagName: 'aside',
  properties: { className: ['end-of'], title: id },
  children: [{ type: 'text', value: `end of ${id}` }],
});

/** Article HTML as the loader writes it: sections, wrappers, nesting, void elements, attributes holding `>`. */
const samples = [
  '<p>Intro</p>\n<h2 id="a">A</h2>\n<p>x</p>\n<h2 id="b">B</h2>\n<ul>\n<li>y</li>\n</ul>',
  '<div class="heading"><h2 id="a" data-pagefind-weight="8">A <a class="heading-anchor" href="#a">#</a></h2></div>\n<p>x<br>y</p>',
  '<blockquote><h2 id="inside">Not a section</h2></blockquote><h2 id="a">A</h2><p title="a > b">x</p><img src="i.png" alt="">',
  '<div><p>no h2 first</p><h2 id="late">Late</h2></div><h2>No id</h2><h2 id="a">A</h2><table><tbody><tr><td>1</td></tr></tbody></table>',
  '<div><h2>First h2 has no id</h2><h2 id="second">S</h2></div><p>&#x3C;tag> &#x26; text</p>',
  '<p>No section at all</p>',
];

describe('sectionStarts', () => {
  it('finds each top-level section start as the parsed tree does, wrappers included, nested headings left out', () => {
    expect(sectionStarts(samples[0])).toEqual([
      { id: 'a', offset: samples[0].indexOf('<h2 id="a"') },
      { id: 'b', offset: samples[0].indexOf('<h2 id="b"') },
    ]);
    expect(sectionStarts(samples[2])?.map((start) => start.id)).toEqual(['a']);
    expect(sectionStarts(samples[3])?.map((start) => start.id)).toEqual(['late', 'a']);
    expect(sectionStarts(samples[4])).toEqual([]);
  });

  it('leaves to the parser what it does not follow: comments, raw text, SVG, a stray <, an entity in an id, tags that do not balance', () => {
    for (const html of [
      '<!-- c --><h2 id="a">A</h2>',
      '<h2 id="a">A</h2><style>h2{}</style>',
      '<h2 id="a">A</h2><svg><path d="M0"/></svg>',
      '<h2 id="a">A</h2><p>1 < 2</p>',
      '<h2 id="a&#x26;b">A</h2>',
      '<h2 id="a">A</h2><p>x',
      '<h2 id="a">A</h2></div>',
      "<h2 id='a'>A</h2>",
    ])
      expect(sectionStarts(html), html).toBeUndefined();
  });
});

describe('appendToSections', () => {
  it('writes what parsing the HTML and writing it again writes, for every sample', () => {
    for (const html of samples)
      expect(appendToSections(html, marker), html).toBe(parseIntoSections(html, marker));
  });
});
