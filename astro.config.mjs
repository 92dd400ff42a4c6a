// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentCacheDir, getContentDir } from './src/bindings/content-dir.ts';
import { contentReport } from './src/bindings/content-report.ts';
import { siteMarkdownProcessor } from './src/bindings/markdown-processor.ts';
import { locales, sourceLocale } from './src/i18n/locales.ts';
import { localeToPathSegment } from './src/i18n/locale-helpers.ts';
import { createContentSecurityPolicy } from './src/lib/site/content-security-policy.ts';
import { feedbackEndpoint } from './src/bindings/feedback-endpoint.ts';

/** The public origin of the site: canonical URLs, hreflang and the sitemap are absolute on it. */
const site = process.env.POLYHELP_SITE ?? 'https://help.polyhelp.example';
/** The articles folder, relative to the project: e2e fixture sites and the build benchmark's corpus point it elsewhere. */
const contentDir = getContentDir();
// Loading this file reads no content: the articles loader (src/content.config.ts) reads and checks it once when Astro
// loads content, and leaves its problems (which stop `astro build`) and the route list (which the sitemap reads).
const content = contentReport();

export default defineConfig({
  site,
  // Each content folder keeps its own content cache, so building one never mixes its articles into another's.
  ...(contentCacheDir(contentDir) ? { cacheDir: contentCacheDir(contentDir) } : {}),
  // Pages whose route and content are unchanged since the last build (same cacheKey, see src/bindings/site-routes.ts)
  // are copied from the cache folder instead of rendered again: the rebuild after one article changed.
  experimental: { incrementalBuild: true },
  trailingSlash: 'always',
  // Pages render a few at a time, so one page's file is written while the next renders: on the 1,002-article shard,
  // rendering took 10.5 s instead of 12.5 (4 at a time) and 9.7 s (16), for the same files and peak memory.
  build: { format: 'directory', concurrency: 8 },
  // The CSP meta tag on every page: our own scripts only, plus what Pagefind's WebAssembly needs; forms post to
  // the site and to POLYHELP_FEEDBACK_URL's origin when set.
  security: { csp: createContentSecurityPolicy(feedbackEndpoint) },
  // Never inline a bundled script or asset: every script stays an external file the CSP's 'self' covers.
  vite: { build: { assetsInlineLimit: 0 } },
  markdown: {
    // Shiki colours code with inline style attributes, which the CSP refuses: rehypeCodeHighlight uses classes instead.
    syntaxHighlight: false,
    // Our plugins (callouts, stable section ids, self-links, footnote labels, code colours) on the engine
    // POLYHELP_MARKDOWN names: unified (remark/rehype) unless set to satteri (the same plugins ported; see README).
    processor: siteMarkdownProcessor(),
  },
  integrations: [
    content.integration,
    // Static MDX compiles to HTML strings instead of one JSX call per element: at 10,000 pages, MDX compile and
    // rendering took 139 s instead of 188 s, peak memory 4.6 GB instead of 5.7 GB (`npm run bench:build`), for
    // the same HTML. `<Content components={…}>` overrides skip optimized elements unless in `ignoreElementNames`.
    mdx({ optimize: true }),
    sitemap({
      filter: content.isListedInSitemap,
      // Read when the sitemap is written, after the content report: a shard build's pages in other locales.
      get customPages() {
        return content.sitemapPagesElsewhere(site);
      },
      i18n: {
        defaultLocale: localeToPathSegment(sourceLocale),
        locales: Object.fromEntries(locales.map((locale) => [localeToPathSegment(locale), locale])),
      },
    }),
  ],
});
