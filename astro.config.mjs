// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { contentCheck } from './src/bindings/content-check-integration.ts';
import { readContentFiles } from './src/bindings/read-content-files.ts';
import { checkContent } from './src/lib/content/content-check.ts';
import { rehypeSectionHeadings } from './src/lib/markdown/rehype-section-headings.ts';
import { rehypeFootnoteLabel } from './src/lib/markdown/rehype-footnote-label.ts';
import { rehypeSymptomWeight } from './src/lib/markdown/rehype-symptom-weight.ts';
import { rehypeCodeHighlight } from './src/lib/markdown/rehype-code-highlight.ts';
import { createSitemapFilter } from './src/lib/site/sitemap-filter.ts';
import { remarkAlerts } from './src/lib/markdown/remark-alerts.ts';
import { gfmOptions } from './src/lib/markdown/mdx-parser.ts';
import { createTranslator } from './src/i18n/ui.ts';
import { locales, sourceLocale } from './src/i18n/locales.ts';
import { localeOfContentPath, localeToPathSegment } from './src/i18n/locale-helpers.ts';
import { noindexPaths } from './src/lib/site/noindex-paths.ts';
import { missingTranslationPaths } from './src/lib/l10n/missing-translations.ts';
import { createContentSecurityPolicy } from './src/lib/site/content-security-policy.ts';
import { feedbackEndpoint } from './src/bindings/feedback-endpoint.ts';

/** The public origin of the site: canonical URLs, hreflang and the sitemap are absolute on it. */
const site = process.env.POLYHELP_SITE ?? 'https://help.polyhelp.example';
/** The articles folder, relative to the project: e2e fixture sites and the build benchmark's corpus point it elsewhere. */
const contentDir = process.env.POLYHELP_CONTENT_DIR ?? 'content';
const content = checkContent(readContentFiles(process.cwd(), contentDir), contentDir);
/** Articles marked NOINDEX and stand-ins for missing translations stay out of the sitemap, with the tool pages. */
const isListedInSitemap = createSitemapFilter(new Set([...noindexPaths(content.articles), ...missingTranslationPaths(content.articles, locales, sourceLocale)]));
const t = (/** @type {string} */ path) => createTranslator(localeOfContentPath(path) ?? sourceLocale);

export default defineConfig({
  site,
  // A fixture site keeps its own content cache, so building it never mixes its articles into the real site's.
  ...(contentDir === 'content' ? {} : { cacheDir: './node_modules/.astro-fixture' }),
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
        [remarkAlerts, { title: (/** @type {string} */ path, /** @type {import('./src/lib/markdown/remark-alerts.ts').AlertKind} */ kind) => t(path)(`callout.${kind}`) }],
      ],
      // Command lines like `--name` and quotes in product names must stay exactly as written.
      smartypants: false,
      rehypePlugins: [
        [rehypeSectionHeadings, { anchorLabel: (/** @type {string} */ path, /** @type {string} */ heading) => t(path)('article.anchorLabel', { heading }) }],
        [rehypeFootnoteLabel, { label: (/** @type {string} */ path) => t(path)('footnotes.label') }],
        rehypeSymptomWeight,
        rehypeCodeHighlight,
      ],
    }),
  },
  integrations: [
    contentCheck(content),
    // Static MDX compiles to HTML strings instead of one JSX call per element: at 10,000 pages, MDX compile and
    // rendering took 139 s instead of 188 s, peak memory 4.6 GB instead of 5.7 GB (`npm run bench:build`), for
    // the same HTML. `<Content components={…}>` overrides skip optimized elements unless in `ignoreElementNames`.
    mdx({ optimize: true }),
    sitemap({
      filter: (page) => isListedInSitemap(new URL(page).pathname),
      i18n: {
        defaultLocale: localeToPathSegment(sourceLocale),
        locales: Object.fromEntries(locales.map((locale) => [localeToPathSegment(locale), locale])),
      },
    }),
  ],
});
