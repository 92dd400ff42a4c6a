/** The part of a Pagefind result (`result.data()`, Pagefind 1.x) that sub-results come from. */
export interface PagefindFragmentWithSections {
  sub_results?: { anchor?: { element: string } }[];
}

/** Symptom sections are h2 (and h3 sub-symptoms); the h1 anchor is the article itself, which the result title already links to. */
const sectionElements = new Set(['h2', 'h3']);

/**
 * The fragment with only its symptom-section sub-results, so Component UI lists the article and, under it, the
 * matching symptoms. `{ sub_results: [{ anchor: { element: 'h1' } }, { anchor: { element: 'h2' } }] }` → `{ sub_results: [{ anchor: { element: 'h2' } }] }`.
 */
export function keepSymptomSections<T extends PagefindFragmentWithSections>(fragment: T): T {
  const sections = (fragment.sub_results ?? []).filter(
    (sub) => sub.anchor && sectionElements.has(sub.anchor.element),
  );
  return { ...fragment, sub_results: sections };
}
