import { pathSegmentToLocale } from '../../i18n/locale-helpers.ts';
import type { Locale } from '../../i18n/locales.ts';
import { createLineIndex } from '../line-index.ts';

/** A built page's place in the URL scheme: the locale segment and the slug, when it has them. */
export interface PageRoute {
  locale?: Locale;
  slug?: string;
}

/** Splits a site path: `pageRoute('/fr-fr/troubleshoot-sspr/')` → `{ locale: 'fr-FR', slug: 'troubleshoot-sspr' }`. */
export function pageRoute(path: string): PageRoute {
  const [first, second, ...rest] = path.split('/').filter(Boolean);
  const locale = first === undefined ? undefined : pathSegmentToLocale(first);
  if (!locale) return {};
  return { locale, slug: rest.length === 0 && second && !second.includes('.') ? second : undefined };
}

/**
 * The content file an article page was built from, among the files that exist; `contentLocale` is the
 * locale of the content shown (a fallback page shows another locale's file):
 * `pageToContentFile('/fr-fr/a/', files)` → `'content/fr-FR/a.mdx'`.
 */
export function pageToContentFile(path: string, files: ReadonlySet<string>, contentLocale?: Locale, contentDir = 'content'): string | undefined {
  const { locale, slug } = pageRoute(path);
  if (!locale || !slug) return undefined;
  return [`${contentDir}/${contentLocale ?? locale}/${slug}.mdx`, `${contentDir}/${contentLocale ?? locale}/${slug}.md`].find((file) => files.has(file));
}

/**
 * The page template that renders a site path, from the files under `src/pages` (static segments win
 * over `[params]`, as in Astro's routing):
 * `pageToTemplate('/fr-fr/a/', ['src/pages/[locale]/[slug].astro'])` → `'src/pages/[locale]/[slug].astro'`.
 */
export function pageToTemplate(path: string, templates: readonly string[], pagesDir = 'src/pages'): string | undefined {
  const segments = path.replace(/\.html$/, '').split('/').filter(Boolean);
  let best: { template: string; staticCount: number } | undefined;
  for (const template of templates) {
    const route = template.slice(pagesDir.length + 1).replace(/\.(astro|md|mdx|ts|js)$/, '').split('/');
    if (route.at(-1) === 'index') route.pop();
    if (route.length !== segments.length) continue;
    const matches = route.every((part, i) => (part.startsWith('[') && part.endsWith(']')) || part === segments[i]);
    if (!matches) continue;
    const staticCount = route.filter((part) => !part.startsWith('[')).length;
    if (!best || staticCount > best.staticCount) best = { template, staticCount };
  }
  return best?.template;
}

/** Characters that continue a URL or an id, so a match followed or preceded by one is only part of a longer string. */
const continuesAfter = /[\p{L}\p{N}\-_~/%#?=&]/u;
const continuesBefore = /[\p{L}\p{N}\-_~/%.]/u;

/**
 * Finds the lines where strings occur in a source text, each needle resuming after its previous hit so the
 * n-th link with the same URL maps to the n-th occurrence. `startLine` is the line of `text`'s first line:
 * `createLineFinder('a\n[x](/b/)\n', 1).find('/b/')` → `2`.
 */
export function createLineFinder(text: string, startLine = 1) {
  const lines = createLineIndex(text);
  const cursors = new Map<string, number>();
  const search = (needle: string, from: number): number => {
    for (let at = text.indexOf(needle, from); at !== -1; at = text.indexOf(needle, at + 1)) {
      const before = text[at - 1] ?? ' ';
      const after = text[at + needle.length] ?? ' ';
      if (!continuesBefore.test(before) && !continuesAfter.test(after)) return at;
    }
    return -1;
  };
  return {
    /** The line of the next occurrence of the first needle found, or undefined. */
    find(...needles: string[]): number | undefined {
      for (const needle of needles) {
        if (!needle) continue;
        // Past the last occurrence (a plugin repeated the link), the first one is the best guess.
        let at = search(needle, cursors.get(needle) ?? 0);
        if (at === -1 && cursors.has(needle)) at = search(needle, 0);
        if (at === -1) continue;
        cursors.set(needle, at + 1);
        return startLine + lines.lineAt(at) - 1;
      }
      return undefined;
    },
  };
}
