import {
  createMarkdownProcessor,
  markdownEngineOf,
  type MarkdownEngine,
} from '../lib/markdown/markdown-processor.ts';
import { markdownLabels } from './markdown-labels.ts';

/**
 * The site's `markdown.processor`: an engine (by default the one `POLYHELP_MARKDOWN` names, `unified` when unset) with
 * the site's plugins and words. `siteMarkdownProcessor('satteri')` → Sätteri with the ported plugins.
 */
export function siteMarkdownProcessor(engine: MarkdownEngine = siteMarkdownEngine()) {
  return createMarkdownProcessor(engine, markdownLabels);
}

/** The engine `POLYHELP_MARKDOWN` names for this build, `unified` when unset. */
export const siteMarkdownEngine = () => markdownEngineOf(process.env.POLYHELP_MARKDOWN);
