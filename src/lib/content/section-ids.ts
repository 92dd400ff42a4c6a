import GithubSlugger, { slug } from 'github-slugger';
import type { Heading, PhrasingContent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from '../markdown/visit-tree.ts';

/** A heading of an article source, with its stable id when it carries one. */
export interface SourceHeading {
  depth: number;
  /** The id from the heading's `<a name="…"></a>` anchor, if any. */
  id?: string;
  /** The heading text without the anchor (image alt text left out, as in the page's heading text). */
  text: string;
  /** 1-based line in the file. */
  line: number;
}

/**
 * A section anchor, `<a name="id"></a>`, with the id in group 1: the one form the content check accepts, so the
 * importer writes only this form and the markup-allowlist check can skip it as inert.
 */
export const sectionAnchorPattern = /<a\s+name=["']([^"'<>]+)["']\s*>\s*<\/a>/;
const wholeAnchor = new RegExp(`^${sectionAnchorPattern.source}$`);

/** Letters, marks and digits of any script, `-`, `_` and `.`: an id that works as written after `#` in a link. */
const fragmentSafeId = /^[\p{L}\p{M}\p{N}_.-]+$/u;

/**
 * Whether a section id can be used as written in a `#fragment` link and as an HTML `id`:
 * `isValidSectionId('error-message')` → `true`, `isValidSectionId('has space')` → `false`.
 */
export function isValidSectionId(id: string): boolean {
  return fragmentSafeId.test(id);
}

/**
 * Where a parsed heading's section anchor is among its children, and the id it names, when it has one
 * written in the accepted form (`<a name="x" />` or an anchor with text is not one):
 * `## Title <a name="steps"></a>` → `{ index: 1, id: 'steps' }`. `source` is the text the tree was parsed from.
 */
export function findSectionAnchor(heading: Heading, source: string): { index: number; id: string } | undefined {
  for (const [index, child] of heading.children.entries()) {
    if (!isJsxElement(child) || child.name !== 'a') continue;
    const { start, end } = child.position ?? {};
    if (start?.offset === undefined || end?.offset === undefined) continue;
    const id = wholeAnchor.exec(source.slice(start.offset, end.offset))?.[1];
    if (id !== undefined) return { index, id };
  }
  return undefined;
}

/**
 * Every heading of a parsed article body (also in quotes, lists and JSX; never in code), with its anchor's id:
 * `## <a name="error-message"></a>I see an error` → `{ depth: 2, id: 'error-message', text: 'I see an error' }`.
 * `source` is the body the tree was parsed from; `firstLine` is its file line, so lines point into the whole file.
 */
export function readSectionHeadings(tree: Root, source: string, firstLine = 1): SourceHeading[] {
  const headings: SourceHeading[] = [];
  visit(tree, 'heading', (heading) => {
    const anchor = findSectionAnchor(heading, source);
    // Without an anchor, the text is what a slug is made of: as the page shows it, not trimmed.
    const text = anchor ? textOf(heading.children.filter((_, index) => index !== anchor.index)).trim() : textOf(heading.children);
    headings.push({
      depth: heading.depth,
      id: anchor?.id,
      text,
      line: firstLine - 1 + (heading.position?.start.line ?? 1),
    });
  });
  return headings;
}

/** What headings without an anchor are called, by `generateHeadingIds`. */
export interface GeneratedHeadingIds {
  /** For each text: the slug Astro's own heading ids would give it, unaware of the ids already taken. */
  slugs: string[];
  /** For each text: an id unique against the taken ids and the other headings, never empty. */
  ids: string[];
  /** Whether Astro's slugs would not do: one equals a taken id, or is empty. Then every heading needs its `ids` entry. */
  needed: boolean;
}

/** The id a heading gets when its text makes no slug (an emoji, punctuation only). */
const emptySlugId = 'section';

/**
 * Ids for the headings without an anchor, in document order, given the ids the page already has (anchors):
 * `generateHeadingIds(new Set(['steps']), ['Steps', 'Notes'])` → `{ slugs: ['steps', 'notes'], ids: ['steps-1', 'notes'], needed: true }`.
 * The site sets `ids` only when `needed`, so every other page keeps Astro's slugs exactly.
 */
export function generateHeadingIds(taken: ReadonlySet<string>, texts: readonly string[]): GeneratedHeadingIds {
  const astro = new GithubSlugger();
  const unique = new GithubSlugger();
  for (const id of taken) unique.occurrences[id] = 0;
  const slugs = texts.map((text) => astro.slug(text));
  const ids = texts.map((text) => unique.slug(slug(text) === '' ? emptySlugId : text));
  return { slugs, ids, needed: slugs.some((s) => s === '' || taken.has(s)) };
}

/** The text of heading content as its HTML shows it: image alt text is an attribute there, not text. */
function textOf(nodes: PhrasingContent[]): string {
  return toString(nodes, { includeImageAlt: false });
}

interface JsxElement {
  type: 'mdxJsxTextElement';
  name: string | null;
}

function isJsxElement(node: PhrasingContent): node is PhrasingContent & JsxElement {
  return (node.type as string) === 'mdxJsxTextElement';
}

/**
 * The ids an article's page gives its headings, from the source alone (the anchors, then Astro's slugs or, when
 * those would clash, `generateHeadingIds`'s ids), to check a `#fragment` link into a page another shard builds:
 * `headingsToPageIds([{ depth: 2, id: 'steps', text: 'A', line: 3 }, { depth: 3, text: 'Steps', line: 5 }])` → `['steps', 'steps-1']`.
 */
export function headingsToPageIds(headings: readonly SourceHeading[]): string[] {
  const anchors = headings.flatMap((heading) => (heading.id ? [heading.id] : []));
  const unanchored = headings.filter((heading) => !heading.id).map((heading) => heading.text);
  const { slugs, ids, needed } = generateHeadingIds(new Set(anchors), unanchored);
  return [...anchors, ...(needed ? ids : slugs)];
}
