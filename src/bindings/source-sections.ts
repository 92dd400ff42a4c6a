import { htmlToSourceSections, type SourceSections } from '../lib/l10n/section-originals.ts';

/** Source sections by the source's entry id and digest, for the whole build (frontmatter of an .astro file runs per page). */
const sectionsByKey = new Map<string, SourceSections>();

/**
 * A source article's sections for "Show original", rendered and split the first time one of its translations asks:
 * `await getSourceSections('en-US/a:1f2e', () => Astro.slots.render('source'))` → `Map { 'setup' => { title, bodyHtml } }`.
 * The key must change whenever the source does: its entry id and digest.
 */
export async function getSourceSections(
  key: string,
  renderSource: () => Promise<string>,
): Promise<SourceSections> {
  let sections = sectionsByKey.get(key);
  if (!sections) {
    sections = htmlToSourceSections(await renderSource());
    sectionsByKey.set(key, sections);
  }
  return sections;
}
