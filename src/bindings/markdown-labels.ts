import { sourceLocale } from '../i18n/locales.ts';
import { createTranslator } from '../i18n/ui.ts';
import { contentPathToLocale } from '../lib/content/article-catalog.ts';
import type { MarkdownLabels } from '../lib/markdown/markdown-processor.ts';

/** The translator for the article at a file path (the Markdown plugins label callouts and anchors in its language). */
const t = (path: string) => createTranslator(contentPathToLocale(path) ?? sourceLocale);

/**
 * The site's words in the Markdown plugins' output, in the language of the article at each path. Its own module, so
 * the loader's worker threads get them without loading the engines (Sätteri's native module among them).
 */
export const markdownLabels: MarkdownLabels = {
  calloutTitle: (path, kind) => t(path)(`callout.${kind}`),
  anchorLabel: (path, heading) => t(path)('article.anchorLabel', { heading }),
  footnoteLabel: (path) => t(path)('footnotes.label'),
};
