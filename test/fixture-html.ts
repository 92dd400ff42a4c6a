import { collectPageLinks } from '../src/lib/links/collect-page-links.ts';
import type { BuiltSite } from '../src/lib/links/internal-rules.ts';

/** The parts of a page shaped like the site's article pages, for tests and the benchmark. */
export interface FixturePage {
  /** `<html lang>`, e.g. `fr-FR`. */
  lang: string;
  /** HTML inside `article[data-pagefind-body]`. */
  article?: string;
  /** HTML of the chrome before the article (header, switcher, TOC). */
  chrome?: string;
  /** `<head>` extras (canonical, alternates). */
  head?: string;
  /** Sets `data-fallback-from` on `<html>`. */
  fallbackFrom?: string;
}

/**
 * A built page shaped like ours: chrome outside, content inside `<article data-pagefind-body>`:
 * `fixtureHtml({ lang: 'fr-FR', article: '<p>Salut</p>' })` → `'<!doctype html><html lang="fr-FR">…'`.
 */
export function fixtureHtml({
  lang,
  article = '',
  chrome = '',
  head = '',
  fallbackFrom,
}: FixturePage): string {
  const fallback = fallbackFrom ? ` data-fallback-from="${fallbackFrom}"` : '';
  return `<!doctype html><html lang="${lang}"${fallback}><head><title>t</title>${head}</head><body><main id="main">${chrome}<article class="article-body" data-pagefind-body>${article}</article></main></body></html>`;
}

/** A `BuiltSite` from page HTML by path and a list of asset paths; the origin is `https://help.example`. */
export function fixtureSite(pages: Record<string, string>, assets: string[] = []): BuiltSite {
  return {
    origin: 'https://help.example',
    pages: new Map(
      Object.entries(pages).map(([path, html]) => [path, collectPageLinks(html, path)]),
    ),
    assets: new Set(assets),
  };
}
