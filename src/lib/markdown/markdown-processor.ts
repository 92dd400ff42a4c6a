import { unified } from '@astrojs/markdown-remark';
import { satteri } from '@astrojs/markdown-satteri';
import remarkGfm from 'remark-gfm';
import { gfmOptions } from './mdx-parser.ts';
import { rehypeCodeHighlight } from './rehype-code-highlight.ts';
import { rehypeFootnoteLabel } from './rehype-footnote-label.ts';
import { rehypeSectionHeadings } from './rehype-section-headings.ts';
import { rehypeSymptomWeight } from './rehype-symptom-weight.ts';
import { rehypeUniqueHeadingIds } from './rehype-unique-heading-ids.ts';
import { remarkAlerts, type AlertKind } from './remark-alerts.ts';
import { remarkSectionIds } from './remark-section-ids.ts';
import { satteriAlerts } from './satteri/alerts.ts';
import { satteriCodeHighlight } from './satteri/code-highlight.ts';
import { satteriFootnoteLabel } from './satteri/footnote-label.ts';
import { satteriRemarkRehypeAttributes } from './satteri/remark-rehype-attributes.ts';
import { satteriSectionHeadings } from './satteri/section-headings.ts';
import { satteriSectionIds } from './satteri/section-ids.ts';
import { satteriSingleTilde } from './satteri/single-tilde.ts';
import { satteriSymptomWeight } from './satteri/symptom-weight.ts';
import { satteriUniqueHeadingIds } from './satteri/unique-heading-ids.ts';

/**
 * The Markdown engines the site can be built with, the same plugins on each: `unified` renders each article to HTML
 * in the articles loader (the default; see article-html.ts); `unified-mdx` and `satteri` leave it to Astro's MDX
 * compile, with unified or with Sätteri.
 */
export const markdownEngines = ['unified', 'unified-mdx', 'satteri'] as const;
/** One Markdown engine, e.g. `'satteri'`. */
export type MarkdownEngine = (typeof markdownEngines)[number];

/** The words the Markdown plugins write into a page, in the language of the file at `filePath`. */
export interface MarkdownLabels {
  /** A callout's title, e.g. `Remarque` for a French note. */
  calloutTitle: (filePath: string, kind: AlertKind) => string;
  /** The accessible label of a heading's self-link. */
  anchorLabel: (filePath: string, headingText: string) => string;
  /** The heading of the footnotes section. */
  footnoteLabel: (filePath: string) => string;
}

/**
 * Astro's `markdown.processor` for an engine, with the site's plugins in the same order on both:
 * `createMarkdownProcessor('satteri', labels)` → `satteri({ mdastPlugins: […], hastPlugins: […], features })`.
 */
export function createMarkdownProcessor(engine: MarkdownEngine, labels: MarkdownLabels) {
  if (engine === 'satteri')
    return satteri({
      // GFM as remark-gfm with gfmOptions, no typographic rewriting (as `smartypants: false`).
      features: { gfm: true, smartPunctuation: false },
      mdastPlugins: [
        satteriSingleTilde(),
        satteriAlerts({ title: labels.calloutTitle }),
        satteriSectionIds(),
      ],
      hastPlugins: [
        satteriRemarkRehypeAttributes(),
        satteriSectionHeadings({ anchorLabel: labels.anchorLabel }),
        satteriFootnoteLabel({ label: labels.footnoteLabel }),
        satteriSymptomWeight(),
        satteriCodeHighlight(),
        satteriUniqueHeadingIds(),
      ],
    });
  return unified({
    // Our own remark-gfm, with the options every parser of ours shares (see gfmOptions).
    gfm: false,
    remarkPlugins: [
      [remarkGfm, gfmOptions],
      // Docs alerts (`> [!NOTE]`) as callouts titled in the article's language.
      [remarkAlerts, { title: labels.calloutTitle }],
      // A heading's `<a name="…"></a>` anchor becomes its id, read as the content check reads it.
      remarkSectionIds,
    ],
    // Command lines like `--name` and quotes in product names must stay exactly as written.
    smartypants: false,
    rehypePlugins: [
      [rehypeSectionHeadings, { anchorLabel: labels.anchorLabel }],
      [rehypeFootnoteLabel, { label: labels.footnoteLabel }],
      rehypeSymptomWeight,
      rehypeCodeHighlight,
      // Last, so it sees every id: a heading Astro would slug into an id already taken gets a unique one.
      rehypeUniqueHeadingIds,
    ],
  });
}

/** Whether the articles loader renders articles to HTML itself (unified), rather than Astro's MDX compile. */
export const rendersInLoader = (engine: MarkdownEngine) => engine === 'unified';

/**
 * The engine `POLYHELP_MARKDOWN` names, `unified` when unset: `markdownEngineOf('satteri')` → `'satteri'`;
 * any other value throws an error that says what is accepted.
 */
export function markdownEngineOf(value: string | undefined): MarkdownEngine {
  if (value === undefined || value === '') return 'unified';
  if ((markdownEngines as readonly string[]).includes(value)) return value as MarkdownEngine;
  throw new Error(
    `POLYHELP_MARKDOWN: expected one of ${markdownEngines.join(', ')} (or unset for unified), found "${value}". Set it to the Markdown engine to build with, or unset it.`,
  );
}
