import { sourceLocale } from '../i18n/locales.ts';
import { createTranslator } from '../i18n/ui.ts';
import { contentPathToLocale } from '../lib/content/article-catalog.ts';
import {
  createMarkdownProcessor,
  markdownEngineOf,
  type MarkdownEngine,
  type MarkdownLabels,
} from '../lib/markdown/markdown-processor.ts';

/** The translator for the article at a file path (the Markdown plugins label callouts and anchors in its language). */
const t = (path: string) => createTranslator(contentPathToLocale(path) ?? sourceLocale);

/** The site's words in the Markdown plugins' output, in the language of the article at each path. */
export const markdownLabels: MarkdownLabels = {
  calloutTitle: (path, kind) => t(path)(`callout.${kind}`),
  anchorLabel: (path, heading) => t(path)('article.anchorLabel', { heading }),
  footnoteLabel: (path) => t(path)('footnotes.label'),
};

/**
 * The site's `markdown.processor`: an engine (by default the one `POLYHELP_MARKDOWN` names, `unified` when unset) with
 * the site's plugins and words. `siteMarkdownProcessor('satteri')` → Sätteri with the ported plugins.
 */
export function siteMarkdownProcessor(engine: MarkdownEngine = siteMarkdownEngine()) {
  return createMarkdownProcessor(engine, markdownLabels);
}

/** The engine `POLYHELP_MARKDOWN` names for this build, `unified` when unset. */
export const siteMarkdownEngine = () => markdownEngineOf(process.env.POLYHELP_MARKDOWN);
