import type { Element, ElementContent, Root, RootContent } from 'hast';
import { htmlToHast } from '../html-to-hast.ts';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import { visit } from '../markdown/visit-tree.ts';
import { sectionStarts } from './section-starts.ts';

/** How the "Show original" blocks read: their toggle text and the language of what they reveal. */
export interface SectionOriginalsOptions {
  /** The text of the toggle, in the page's language, e.g. `Afficher l’original (anglais)`. */
  summary: string;
  /** `lang` and `dir` of the source text. */
  lang: string;
  dir: 'ltr' | 'rtl';
}

/** The h2 with an id that starts a symptom section at this top-level node: the heading itself or inside its `div.heading` wrapper. */
export function sectionHeadingOf(
  node: RootContent,
): (Element & { properties: { id: string } }) | undefined {
  if (node.type !== 'element') return undefined;
  const heading =
    node.tagName === 'h2'
      ? node
      : node.tagName === 'div'
        ? node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'h2')
        : undefined;
  return typeof heading?.properties.id === 'string'
    ? (heading as Element & { properties: { id: string } })
    : undefined;
}

/** Top-level nodes grouped by the section they belong to; nodes before the first section are left out. */
function splitSections(root: Root): Map<string, { heading: Element; body: RootContent[] }> {
  const sections = new Map<string, { heading: Element; body: RootContent[] }>();
  let current: RootContent[] | undefined;
  for (const node of root.children) {
    const heading = sectionHeadingOf(node);
    if (heading) sections.set(heading.properties.id, { heading, body: (current = []) });
    else current?.push(node);
  }
  return sections;
}

/** A copy of source nodes that can sit in the translated page: no ids (they would clash), no self-links. */
function toEmbeddable(nodes: RootContent[]): ElementContent[] {
  const root: Root = structuredClone({ type: 'root', children: nodes });
  visit(root, 'element', (node, index, parent) => {
    const classes = node.properties.className;
    if (
      Array.isArray(classes) &&
      classes.includes('heading-anchor') &&
      parent &&
      index !== undefined
    ) {
      parent.children.splice(index, 1);
      return index;
    }
    delete node.properties.id;
    delete node.properties.name;
    return undefined;
  });
  return root.children as ElementContent[];
}

/** A source article's sections, ready to embed in its translations: each section id's title text and body HTML. */
export type SourceSections = ReadonlyMap<string, { title: string; bodyHtml: string }>;

/**
 * Splits rendered source HTML into embeddable sections once, so every translation of it reuses them
 * (parsing, copying and serializing the source per translated page was most of "Show original"'s cost):
 * `htmlToSourceSections('<h2 id="a">Title</h2><p id="x">Text</p>')` → `Map { 'a' => { title: 'Title', bodyHtml: '<p>Text</p>' } }`.
 */
export function htmlToSourceSections(sourceHtml: string): SourceSections {
  const sections = new Map<string, { title: string; bodyHtml: string }>();
  for (const [id, { heading, body }] of splitSections(htmlToHast(sourceHtml, { fragment: true }))) {
    sections.set(id, {
      title: toText(heading).trim(),
      bodyHtml: toHtml({ type: 'root', children: toEmbeddable(body) }),
    });
  }
  return sections;
}

function originalBlock(
  original: { title: string; bodyHtml: string },
  options: SectionOriginalsOptions,
): Element {
  const title: Element = {
    type: 'element',
    tagName: 'p',
    properties: { className: ['show-original-title'] },
    children: [{ type: 'text', value: original.title }],
  };
  return {
    type: 'element',
    tagName: 'details',
    properties: { className: ['show-original'], dataPagefindIgnore: '' },
    children: [
      {
        type: 'element',
        tagName: 'summary',
        properties: {},
        children: [{ type: 'text', value: options.summary }],
      },
      {
        type: 'element',
        tagName: 'div',
        properties: { className: ['show-original-body'], lang: options.lang, dir: options.dir },
        // Serialized by us from a parsed tree (htmlToSourceSections), so passing it through is safe.
        children: [title, { type: 'raw', value: original.bodyHtml }],
      },
    ],
  };
}

/**
 * Puts, at the end of each symptom section of a translated article, its source-language text in a
 * closed `<details>` ("Show original"), kept out of search. The translation is rendered article HTML, the source
 * too or its sections already split (`htmlToSourceSections`); their h2 headings carry the shared section ids.
 * `appendSectionOriginals('<h2 id="a">Titre</h2><p>Texte</p>', '<h2 id="a">Title</h2><p>Text</p>', …)`
 * → `'<h2 id="a">Titre</h2><p>Texte</p><details class="show-original" data-pagefind-ignore>…<p>Text</p>…</details>'`.
 */
export function appendSectionOriginals(
  translatedHtml: string,
  source: string | SourceSections,
  options: SectionOriginalsOptions,
): string {
  const originals = typeof source === 'string' ? htmlToSourceSections(source) : source;
  return appendToSections(translatedHtml, (id) => {
    const original = originals.get(id);
    return original && originalBlock(original, options);
  });
}

/**
 * Puts what `nodeFor(id)` gives at the end of each section of rendered HTML (a section runs from an h2 with a
 * stable id to the next one), nothing where it gives undefined:
 * `appendToSections('<h2 id="a">A</h2><p>x</p>', () => hr)` → `'<h2 id="a">A</h2><p>x</p><hr>'`.
 */
export function appendToSections(
  html: string,
  nodeFor: (id: string) => RootContent | undefined,
): string {
  const scanned = sectionStarts(html);
  return scanned ? spliceIntoSections(html, scanned, nodeFor) : parseIntoSections(html, nodeFor);
}

/** `appendToSections` on the section starts read from the tags: the HTML is cut there, not parsed and written again. */
function spliceIntoSections(
  html: string,
  starts: NonNullable<ReturnType<typeof sectionStarts>>,
  nodeFor: (id: string) => RootContent | undefined,
): string {
  let out = '';
  let from = 0;
  starts.forEach(({ id, offset }, index) => {
    const node = nodeFor(id);
    const until = starts[index + 1]?.offset ?? html.length;
    out += html.slice(from, until);
    if (node) out += toHtml(node, { allowDangerousHtml: true });
    from = until;
  });
  return out + html.slice(from);
}

/** `appendToSections` on the parsed HTML, written again: for what the scan does not follow, and the reference in tests. */
export function parseIntoSections(
  html: string,
  nodeFor: (id: string) => RootContent | undefined,
): string {
  const children: RootContent[] = [];
  let open: string | undefined;
  const close = () => {
    const node = open === undefined ? undefined : nodeFor(open);
    if (node) children.push(node);
  };
  for (const node of htmlToHast(html, { fragment: true }).children) {
    const heading = sectionHeadingOf(node);
    if (heading) {
      close();
      open = heading.properties.id;
    }
    children.push(node);
  }
  close();
  // The only raw nodes are the source sections originalBlock embeds: parsing makes none.
  return toHtml({ type: 'root', children }, { allowDangerousHtml: true });
}
