import type { Options as GfmOptions } from 'remark-gfm';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/**
 * The site's GFM options. `~` alone must not strike text through: "~5 minutes" is common in help articles,
 * so only `~~text~~` is strikethrough, as on Microsoft Docs.
 */
export const gfmOptions: GfmOptions = { singleTilde: false };

/** Parses an article body as the site renders it (MDX with our GFM options), so what checks read is what readers get. */
export const mdxParser = unified()
  .use(remarkParse)
  .use(remarkMdx)
  .use(remarkGfm, gfmOptions)
  .freeze();
