import type { Locale } from '../../i18n/locales.ts';
import type { ArticleRef } from '../content/article-catalog.ts';

/** An article as a browse page lists it: its slug (the same in every locale), the content shown and its frontmatter title. */
export interface BrowseItem {
  slug: string;
  /** The article shown at the slug: this locale's, or the source's on a stand-in page. */
  content: ArticleRef;
  title: string;
}

/** One browse page's group: a topic (the slug's folder) or a letter (the title's first letter), and what it lists, sorted by title. */
export interface BrowseGroup {
  family: 'topic' | 'letter';
  /** The URL segment: `commercial-dialogues`, `a`, `u00e9` (é), `other`. */
  key: string;
  /** What a reader sees: the folder as written, the letter in the locale's upper case, or `#` for titles starting with no letter. */
  label: string;
  items: BrowseItem[];
}

const letter = /\p{L}/u;

const segmenters = new Map<Locale, Intl.Segmenter>();
/** The locale's grapheme segmenter, made once: every title of every locale's browse lists is segmented. */
function graphemesOf(text: string, locale: Locale): Intl.Segments {
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'grapheme' });
    segmenters.set(locale, segmenter);
  }
  return segmenter.segment(text);
}

/**
 * The topic of a slug: its first folder, or `undefined` for a slug at the top.
 * `slugToTopic('commercial-dialogues/refund')` → `'commercial-dialogues'`; `slugToTopic('refund')` → `undefined`.
 */
export function slugToTopic(slug: string): string | undefined {
  const slash = slug.indexOf('/');
  return slash > 0 ? slug.slice(0, slash) : undefined;
}

/**
 * The letter a title is filed under: its first grapheme in the locale's upper case, or `#` when that is no letter.
 * `titleToLetter('élan', 'fr-FR')` → `'É'`; `titleToLetter('365 apps', 'en-US')` → `'#'`; `titleToLetter('ファイル', 'ja-JP')` → `'フ'`.
 */
export function titleToLetter(title: string, locale: Locale): string {
  const [first] = graphemesOf(title.trim(), locale);
  if (!first || !letter.test(first.segment)) return '#';
  return first.segment.toLocaleUpperCase(locale);
}

/**
 * A letter's URL segment: ASCII letters in lower case, others by code point, `#` as `other`.
 * `letterToKey('A')` → `'a'`; `letterToKey('É')` → `'u00c9'`; `letterToKey('#')` → `'other'`.
 */
export function letterToKey(label: string): string {
  if (label === '#') return 'other';
  if (/^[A-Za-z]$/.test(label)) return label.toLowerCase();
  return [...label]
    .map((char) => `u${char.codePointAt(0)!.toString(16).padStart(4, '0')}`)
    .join('');
}

/**
 * The letter groups of a locale's articles, in its alphabet's order: letters the locale's collation counts as one
 * (`a` and `à` in French, not `a` and `å` in Swedish) share a group, named after the first seen in title order; `#` comes last.
 * `groupByLetter([{ slug: 'b', title: 'Bravo', … }, { slug: 'a', title: 'alpha', … }], 'en-US')` → groups `A` (alpha), `B` (Bravo).
 */
export function groupByLetter(items: readonly BrowseItem[], locale: Locale): BrowseGroup[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  const groups: BrowseGroup[] = [];
  for (const item of sortByTitle(items, locale)) {
    const label = titleToLetter(item.title, locale);
    const group = groups.find((candidate) => collator.compare(candidate.label, label) === 0);
    if (group) group.items.push(item);
    else groups.push({ family: 'letter', key: letterToKey(label), label, items: [item] });
  }
  return groups.sort(
    (a, b) =>
      Number(a.label === '#') - Number(b.label === '#') || collator.compare(a.label, b.label),
  );
}

/**
 * The topic groups of a locale's articles, one per slug folder, by label (the folder name unless `labelOf` names it);
 * articles at the top are in none (their letter lists them).
 * `groupByTopic([{ slug: 'billing/refund', … }, { slug: 'refund', … }], 'en-US')` → one group `billing` with `billing/refund`.
 */
export function groupByTopic(
  items: readonly BrowseItem[],
  locale: Locale,
  labelOf: (folder: string) => string = (folder) => folder,
): BrowseGroup[] {
  const groups = new Map<string, BrowseGroup>();
  for (const item of sortByTitle(items, locale)) {
    const topic = slugToTopic(item.slug);
    if (topic === undefined) continue;
    const group = groups.get(topic) ?? {
      family: 'topic' as const,
      key: topic,
      label: labelOf(topic),
      items: [],
    };
    group.items.push(item);
    groups.set(topic, group);
  }
  const collator = new Intl.Collator(locale);
  return [...groups.values()].sort((a, b) => collator.compare(a.label, b.label));
}

function sortByTitle(items: readonly BrowseItem[], locale: Locale): BrowseItem[] {
  const collator = new Intl.Collator(locale);
  return [...items].sort(
    (a, b) => collator.compare(a.title, b.title) || (a.slug < b.slug ? -1 : 1),
  );
}

/** The most titles one browse page lists: past it a group is split, so a phone never scrolls through hundreds. */
export const maxItemsPerPage = 150;

/**
 * Groups of at most `max` items: a larger one is cut, in title order, into parts the home links one by one (so every
 * article stays two clicks away), keyed `s`, `s-2`, `s-3`… and labelled by the first two letters of their first and
 * last titles. `splitLargeGroups([S with 400 titles], 'en-US')` → `Sa–Se` (`s`), `Sf–Sm` (`s-2`), `Sn–Sz` (`s-3`).
 */
export function splitLargeGroups(
  groups: readonly BrowseGroup[],
  locale: Locale,
  max = maxItemsPerPage,
): BrowseGroup[] {
  return groups.flatMap((group) => {
    if (group.items.length <= max) return [group];
    const parts = Math.ceil(group.items.length / max);
    const size = Math.ceil(group.items.length / parts);
    return Array.from({ length: parts }, (_, index) => {
      const items = group.items.slice(index * size, (index + 1) * size);
      const from = titlePrefix(items[0].title, locale);
      const to = titlePrefix(items.at(-1)!.title, locale);
      const range = from === to ? from : `${from}–${to}`;
      return {
        ...group,
        key: index === 0 ? group.key : `${group.key}-${index + 1}`,
        label: group.family === 'letter' ? range : `${group.label} (${range})`,
        items,
      };
    });
  });
}

/** A title's first two graphemes, the first in upper case: `titlePrefix('sign in', 'en-US')` → `'Si'`. */
function titlePrefix(title: string, locale: Locale): string {
  const graphemes = [...graphemesOf(title.trim(), locale)].slice(0, 2).map((part) => part.segment);
  return (
    (graphemes[0] ?? '').toLocaleUpperCase(locale) + (graphemes[1] ?? '').toLocaleLowerCase(locale)
  );
}
