import { sectionLinkWithHighlight } from './section-link.ts';

/** The part of Pagefind's `result.data()` that search renders (Pagefind 1.x `PagefindSearchFragment`). */
export interface PagefindFragment {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: PagefindSubResult[];
}

/** One heading-anchored section of a Pagefind result. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { element: string; id: string };
}

/** A section of an article that matched: the symptom heading, its excerpt and a deep link that highlights the words. */
export interface SectionHit {
  title: string;
  href: string;
  excerpt: string;
}

/** One article in the results list, with the symptom sections that matched under it. */
export interface ArticleHit {
  title: string;
  href: string;
  excerpt: string;
  sections: SectionHit[];
}

/** Symptom sections are h2 (and h3 sub-symptoms); the h1 anchor is the article itself, not a section. */
const sectionElements = new Set(['h2', 'h3']);

/**
 * A Pagefind result as an article with its matching symptom sections, at most `maxSections`, best first.
 * `{ url: '/fr-fr/a/', meta: { title: 'A' }, sub_results: [{ url: '/fr-fr/a/#error-message', anchor: { element: 'h2' }, … }] }`
 * → `{ title: 'A', href: '/fr-fr/a/', sections: [{ href: '/fr-fr/a/#error-message:~:text=…', … }] }`.
 */
export function toArticleHit(fragment: PagefindFragment, maxSections = 3): ArticleHit {
  const sections = (fragment.sub_results ?? [])
    .filter((sub) => sub.anchor && sectionElements.has(sub.anchor.element) && sub.url.includes('#'))
    .slice(0, maxSections)
    .map((sub) => ({ title: sub.title, href: sectionLinkWithHighlight(sub.url, sub.excerpt, sub.title), excerpt: sub.excerpt }));
  return { title: fragment.meta.title ?? fragment.url, href: fragment.url, excerpt: fragment.excerpt, sections };
}
