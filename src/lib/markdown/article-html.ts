import {
  rehypeHeadingIds,
  remarkCollectImages,
  type MarkdownHeading,
} from '@astrojs/markdown-remark';
import type { Nodes, Root as MdastRoot } from 'mdast';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { VFile } from 'vfile';
import type { MarkdownLabels } from './markdown-processor.ts';
import { mdxParser } from './mdx-parser.ts';
import { rehypeCodeHighlight } from './rehype-code-highlight.ts';
import { rehypeCodeMeta } from './rehype-code-meta.ts';
import { rehypeFootnoteLabel } from './rehype-footnote-label.ts';
import { rehypeImagePlaceholders } from './rehype-image-placeholders.ts';
import { rehypeLiteralMdx } from './rehype-literal-mdx.ts';
import { rehypeSectionHeadings } from './rehype-section-headings.ts';
import { rehypeSymptomWeight } from './rehype-symptom-weight.ts';
import { rehypeUniqueHeadingIds } from './rehype-unique-heading-ids.ts';
import { remarkAlerts } from './remark-alerts.ts';
import { remarkSectionIds } from './remark-section-ids.ts';
import { remarkUnravelJsx } from './remark-unravel-jsx.ts';

/** MDX's own nodes, carried to hast as MDX's compiler carries them, made plain HTML last (rehypeLiteralMdx). */
const mdxNodeTypes: Nodes['type'][] = [
  'mdxFlowExpression',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
  'mdxTextExpression',
  'mdxjsEsm',
];

/** An article body as HTML, with what Astro's content layer reads beside it (`RenderedContent`). */
export interface ArticleHtml {
  html: string;
  metadata: {
    headings: MarkdownHeading[];
    localImagePaths: string[];
    remoteImagePaths: string[];
    imagePaths: string[];
  };
}

/**
 * The site's article renderer: an MDX body (already checked: no code in it) to HTML, with the site's plugins in the
 * order Astro's MDX compile runs them, so the articles loader stores each page's HTML instead of handing Astro a
 * module to compile and bundle. Images become Astro's placeholders, resolved when a page renders the entry.
 * `createArticleRenderer(labels)('## A\n', '/site/content/en-US/a.mdx').html` → `'<h2 id="a">…A</h2>'`.
 */
export function createArticleRenderer(labels: MarkdownLabels) {
  const processor = mdxParser()
    .use(remarkUnravelJsx)
    .use(remarkAlerts, { title: labels.calloutTitle })
    .use(remarkSectionIds)
    .use(remarkCollectImages, {})
    .use(remarkRehype, {
      allowDangerousHtml: true,
      passThrough: mdxNodeTypes,
    })
    .use(rehypeCodeMeta)
    .use(rehypeRaw, {
      passThrough: mdxNodeTypes,
    })
    .use(rehypeSectionHeadings, { anchorLabel: labels.anchorLabel })
    .use(rehypeFootnoteLabel, { label: labels.footnoteLabel })
    .use(rehypeSymptomWeight)
    .use(rehypeCodeHighlight)
    .use(rehypeUniqueHeadingIds)
    .use(rehypeImagePlaceholders)
    .use(rehypeHeadingIds)
    .use(rehypeLiteralMdx)
    .use(rehypeStringify)
    .freeze();
  /** The HTML of a body, from the tree the content check parsed when given (it is changed), else parsed here. */
  return (body: string, filePath: string, tree?: MdastRoot): ArticleHtml => {
    const file = new VFile({ value: body, path: filePath, data: { astro: { frontmatter: {} } } });
    const hast = processor.runSync(tree ?? processor.parse(file), file);
    const html = processor.stringify(hast, file);
    const astro = file.data.astro as {
      headings?: MarkdownHeading[];
      localImagePaths?: string[];
      remoteImagePaths?: string[];
    };
    const localImagePaths = astro.localImagePaths ?? [];
    const remoteImagePaths = astro.remoteImagePaths ?? [];
    return {
      html,
      metadata: {
        headings: astro.headings ?? [],
        localImagePaths,
        remoteImagePaths,
        imagePaths: [...localImagePaths, ...remoteImagePaths],
      },
    };
  };
}
