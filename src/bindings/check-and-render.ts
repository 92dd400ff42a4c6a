import { join } from 'node:path';
import type { Locale } from '../i18n/locales.ts';
import {
  checkEachFile,
  type ContentCheckResult,
  type ContentFile,
} from '../lib/content/content-check.ts';
import { createArticleRenderer, type ArticleHtml } from '../lib/markdown/article-html.ts';
import { compilesInShard } from '../lib/site/shard-locales.ts';
import { markdownLabels } from './markdown-labels.ts';

/** What the articles loader asks of a part of the content folder. */
export interface CheckAndRenderTask {
  /** The project root, which article paths are relative to. */
  root: string;
  contentDir: string;
  files: ContentFile[];
  /** The shard being built (undefined: the whole site): bodies of other locales are neither checked nor rendered. */
  shard: Locale[] | undefined;
  /** The articles whose HTML is wanted (their stored HTML is missing or stale); none when the MDX compile renders. */
  renders: string[];
  /** False when the MDX compile parses with micromark again: bodies are then checked on mdxParser's tree only. */
  nativeParse?: boolean;
}

/** The checks of each file of the part, and the HTML of the articles it asked for that passed them, by path. */
export interface CheckAndRenderResult {
  checked: ContentCheckResult;
  html: [path: string, html: ArticleHtml][];
}

let renderer: ReturnType<typeof createArticleRenderer> | undefined;

/**
 * Checks each file of a part of the content folder (`checkEachFile`) and renders the articles asked for from the
 * trees the checks parsed: one parse per article. Runs in the loader's thread and in its workers (check-and-render-
 * worker.ts), so it loads no Markdown engine. `checkAndRender({ root, contentDir: 'content', files, shard: undefined,
 * renders: ['content/fr-FR/a.mdx'] })` → `{ checked: { articles: […], problems: [] … }, html: [['content/fr-FR/a.mdx', { html: '<h1…' }]] }`.
 */
export function checkAndRender(task: CheckAndRenderTask): CheckAndRenderResult {
  const renders = new Set(task.renders);
  const html: CheckAndRenderResult['html'] = [];
  const render =
    renders.size > 0 ? (renderer ??= createArticleRenderer(markdownLabels)) : undefined;
  const checked = checkEachFile(task.files, task.contentDir, {
    checksBody: (locale) => compilesInShard(locale, task.shard),
    nativeParse: task.nativeParse,
    useTree: (path, body, tree) => {
      if (render && renders.has(path)) html.push([path, render(body, join(task.root, path), tree)]);
    },
  });
  return { checked, html };
}
