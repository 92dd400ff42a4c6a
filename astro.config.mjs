// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { contentCacheDir, getContentDir } from './src/bindings/content-dir.ts';
import { contentReport } from './src/bindings/content-report.ts';
import { contentPathToLocale } from './src/lib/content/article-catalog.ts';
import { rehypeSectionHeadings } from './src/lib/markdown/rehype-section-headings.ts';
import { rehypeUniqueHeadingIds } from './src/lib/markdown/rehype-unique-heading-ids.ts';
import { remarkSectionIds } from './src/lib/markdown/remark-section-ids.ts';
import { rehypeFootnoteLabel } from './src/lib/markdown/rehype-footnote-label.ts';
import { rehypeSymptomWeight } from './src/lib/markdown/rehype-symptom-weight.ts';
import { rehypeCodeHighlight } from './src/lib/markdown/rehype-code-highlight.ts';
import { remarkAlerts } from './src/lib/markdown/remark-alerts.ts';
import { gfmOptions } from './src/lib/markdown/mdx-parser.ts';
import { createTranslator } from './src/i18n/ui.ts';
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
/** The translator for the article at a file path (the Markdown plugins label callouts and anchors in its language). */
const t = (/** @type {string} */ path) =>
  createTranslator(contentPathToLocale(path) ?? sourceLocale);

export default defineConfig({
  site,
  // Each content folder keeps its own content cache, so building one never mixes its articles into another's.
  ...(contentCacheDir(contentDir) ? { cacheDir: contentCacheDir(contentDir) } : {}),
  // Pages whose route and content are unchanged since the last build (same cacheKey, see src/bindings/site-routes.ts)
  // are copied from the cache folder instead of rendered again: the rebuild after one article changed.
  experimental: { incrementalBuild: true },
  trailingSlash: 'always',
  build: { format: 'directory' },
  // The CSP meta tag on every page: our own scripts only, plus what Pagefind's WebAssembly needs; forms post to
  // the site and to POLYHELP_FEEDBACK_URL's origin when set.
  security: { csp: createContentSecurityPolicy(feedbackEndpoint) },
  // Never inline a bundled script or asset: every script stays an external file the CSP's 'self' covers.
  vite: { build: { assetsInlineLimit: 0 } },
  markdown: {
    // Shiki colours code with inline style attributes, which the CSP refuses: rehypeCodeHighlight uses classes instead.
    syntaxHighlight: false,
    processor: unified({
      // Our own remark-gfm, with the options every parser of ours shares (see gfmOptions).
      gfm: false,
      remarkPlugins: [
        [remarkGfm, gfmOptions],
        // Docs alerts (`> [!NOTE]`) as callouts titled in the article's language.
        [
          remarkAlerts,
          {
            title: (
              /** @type {string} */ path,
              /** @type {import('./src/lib/markdown/remark-alerts.ts').AlertKind} */ kind,
            ) => t(path)(`callout.${kind}`),
          },
        ],
        // A heading's `<a name="…"></a>` anchor becomes its id, read as the content check reads it.
        remarkSectionIds,
      ],
      // Command lines like `--name` and quotes in product names must stay exactly as written.
      smartypants: false,
      rehypePlugins: [
        [
          rehypeSectionHeadings,
          {
            anchorLabel: (/** @type {string} */ path, /** @type {string} */ heading) =>
              t(path)('article.anchorLabel', { heading }),
          },
        ],
        [
          rehypeFootnoteLabel,
          { label: (/** @type {string} */ path) => t(path)('footnotes.label') },
        ],
        rehypeSymptomWeight,
        rehypeCodeHighlight,
        // Last, so it sees every id: a heading Astro would slug into an id already taken gets a unique one.
        rehypeUniqueHeadingIds,
      ],
    }),
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
