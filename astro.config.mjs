// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { contentCheck } from './src/integrations/content-check.ts';
import { readContentFiles } from './src/integrations/read-content-files.ts';
import { checkContent } from './src/lib/content-check.ts';
import { rehypeSectionHeadings } from './src/lib/rehype-section-headings.ts';
import { rehypeFootnoteLabel } from './src/lib/rehype-footnote-label.ts';
import { remarkAlerts } from './src/lib/remark-alerts.ts';
import { createTranslator } from './src/i18n/ui.ts';
import { locales, sourceLocale } from './src/i18n/locales.ts';
import { localeOfContentPath, localeToPathSegment } from './src/i18n/locale-helpers.ts';
import { noindexPaths } from './src/lib/noindex-paths.ts';

/** The public origin of the site: canonical URLs, hreflang and the sitemap are absolute on it. */
const site = process.env.POLYHELP_SITE ?? 'https://help.polyhelp.example';
const content = checkContent(readContentFiles(process.cwd()));
const hiddenFromSitemap = noindexPaths(content.articles);
/** The language picker and 404 pages are not content; articles marked NOINDEX stay out too. */
const isListedInSitemap = (/** @type {string} */ path) => path !== '/' && !/\/404\/?$/.test(path) && !hiddenFromSitemap.has(path);
const t = (/** @type {string} */ path) => createTranslator(localeOfContentPath(path) ?? sourceLocale);

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    processor: unified({
      // Our own remark-gfm: `~` alone must not strike text through ("~5 minutes" is common in help articles).
      gfm: false,
      remarkPlugins: [
        [remarkGfm, { singleTilde: false }],
        // Docs alerts (`> [!NOTE]`) as callouts titled in the article's language.
        [remarkAlerts, { title: (/** @type {string} */ path, /** @type {import('./src/lib/remark-alerts.ts').AlertKind} */ kind) => t(path)(`callout.${kind}`) }],
      ],
      // Command lines like `--name` and quotes in product names must stay exactly as written.
      smartypants: false,
      rehypePlugins: [
        [rehypeSectionHeadings, { anchorLabel: (path, heading) => t(path)('article.anchorLabel', { heading }) }],
        [rehypeFootnoteLabel, { label: (path) => t(path)('footnotes.label') }],
      ],
    }),
  },
  integrations: [
    contentCheck(content),
    mdx(),
    sitemap({
      filter: (page) => isListedInSitemap(new URL(page).pathname),
      i18n: {
        defaultLocale: localeToPathSegment(sourceLocale),
        locales: Object.fromEntries(locales.map((locale) => [localeToPathSegment(locale), locale])),
      },
    }),
  ],
});
