import { langToLocale } from '../../i18n/locale-helpers.ts';
import { refToContentPath, sitePathToRef } from '../content/article-catalog.ts';
import { splitFrontmatter } from '../content/split-frontmatter.ts';
import type { BuiltPage, PageLink } from './collect-page-links.ts';
import type { LinkFinding, PageFinding } from './link-finding.ts';
import { createLineFinder, type PageSources } from './page-source.ts';

/** The source files a built page can come from. */
export interface SourceFiles {
  /** Content files by project-relative path (`content/fr-FR/a.mdx`) with their text. */
  content: ReadonlyMap<string, string>;
  /** The content folder those paths start with (`POLYHELP_CONTENT_DIR`); `content` when omitted. */
  contentDir?: string;
  /** What each page was made from, by site path (see `mapPagesToSources`). */
  pages: ReadonlyMap<string, PageSources>;
  /** Which component draws an element, by `.class` or `head` (see `mapAncestryToComponents`). */
  components: ReadonlyMap<string, string>;
}

/**
 * Maps the class names written in component files to the file, and `head` to the file holding `<head>`;
 * a class used by several files says nothing and is left out:
 * `mapAncestryToComponents([{ path: 'Toc.astro', text: '<nav class="toc">' }])` → `Map { '.toc' => 'Toc.astro' }`.
 */
export function mapAncestryToComponents(
  files: readonly { path: string; text: string }[],
): Map<string, string> {
  const owners = new Map<string, string | null>();
  const claim = (key: string, path: string) =>
    owners.set(key, owners.has(key) && owners.get(key) !== path ? null : path);
  for (const file of files) {
    for (const match of file.text.matchAll(/\bclass="([^"{}]+)"/g))
      for (const name of match[1].split(/\s+/).filter(Boolean)) claim(`.${name}`, file.path);
    if (/<head[\s>]/.test(file.text)) claim('head', file.path);
  }
  return new Map([...owners].filter((entry): entry is [string, string] => entry[1] !== null));
}

/**
 * Places each page finding in the file to edit: article links and text in their content file and line
 * (found by the link's URL, else its `#fragment`), links of text quoted from another locale ("Show original")
 * in that locale's file, chrome links in the drawing component or the page template.
 */
export function locateFindings(
  findings: readonly PageFinding[],
  sources: SourceFiles,
): LinkFinding[] {
  const byPage = Map.groupBy(findings, (finding) => finding.page);
  const located: LinkFinding[] = [];
  for (const [page, pageFindings] of byPage) {
    const { template, contentFile } = sources.pages.get(page.path) ?? {};
    const lines = contentFile
      ? articleLines(page, pageFindings, sources.content.get(contentFile) ?? '')
      : new Map<unknown, number>();
    const quoted = quotedLines(page, sources);
    for (const finding of pageFindings) {
      const quote = finding.link ? quoted.get(finding.link) : undefined;
      const fromArticle =
        finding.text !== undefined || finding.link?.inArticle === true || quote !== undefined;
      const component =
        finding.link && !fromArticle
          ? finding.link.ancestry.map((key) => sources.components.get(key)).find(Boolean)
          : undefined;
      const file =
        (quote ? quote.file : fromArticle ? contentFile : component) ??
        template ??
        `dist${page.path}`;
      const key = finding.text
        ? `${finding.needle}\u0000${page.articleTexts.indexOf(finding.text)}`
        : finding.link;
      located.push({
        severity: finding.severity,
        rule: finding.rule,
        file,
        line: quote ? quote.line : fromArticle ? lines.get(key) : undefined,
        message:
          component && template && !fromArticle
            ? `${finding.message} (drawn on ${template})`
            : finding.message,
        fix: finding.fix,
        link: finding.link?.url ?? finding.needle,
        page: page.path,
      });
    }
  }
  return located;
}

/** For each link quoted from another locale's file, that file and the link's line in it (links in order, as for the article). */
function quotedLines(
  page: BuiltPage,
  sources: SourceFiles,
): Map<PageLink, { file: string; line?: number }> {
  const located = new Map<PageLink, { file: string; line?: number }>();
  const finders = new Map<string, ReturnType<typeof createLineFinder>>();
  const ref = sitePathToRef(page.path);
  for (const link of page.links) {
    const locale = ref && link.quoted && link.lang ? langToLocale(link.lang) : undefined;
    const file = locale && refToContentPath({ locale, slug: ref!.slug }, sources.contentDir);
    if (!file || !sources.content.has(file)) continue;
    let finder = finders.get(file);
    if (!finder) {
      const { body, bodyLine } = splitFrontmatter(sources.content.get(file) ?? '');
      finders.set(file, (finder = createLineFinder(body, bodyLine)));
    }
    located.set(link, { file, line: finder.find(...linkNeedles(link)) });
  }
  return located;
}

/** Lines of the article links (all of them, in order, so repeated URLs land on successive occurrences) and of flagged texts. */
function articleLines(
  page: BuiltPage,
  findings: readonly PageFinding[],
  text: string,
): Map<unknown, number> {
  const { body, bodyLine } = splitFrontmatter(text);
  const finder = createLineFinder(body, bodyLine);
  const lines = new Map<unknown, number>();
  for (const link of page.links) {
    if (!link.inArticle) continue;
    const line = finder.find(...linkNeedles(link));
    if (line !== undefined) lines.set(link, line);
  }
  for (const finding of findings) {
    if (!finding.text || !finding.needle) continue;
    const key = `${finding.needle}\u0000${page.articleTexts.indexOf(finding.text)}`;
    if (lines.has(key)) continue;
    const line = finder.find(finding.needle);
    if (line !== undefined) lines.set(key, line);
  }
  return lines;
}

/** What a link looks like in Markdown: as written, percent-decoded, or (for plugin-made `#id` links) just its fragment. */
function linkNeedles(link: PageLink): string[] {
  const needles = [link.url];
  try {
    needles.push(decodeURI(link.url));
  } catch {
    // A URL with a stray `%` is searched as written only.
  }
  const hash = link.url.indexOf('#');
  if (hash !== -1) needles.push(link.url.slice(hash), link.url.slice(hash + 1));
  return needles;
}
