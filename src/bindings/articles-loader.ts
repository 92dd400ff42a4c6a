import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { locales, sourceLocale, type Locale } from '../i18n/locales.ts';
import {
  contentPathToRef,
  ensureContentDir,
  refToEntryId,
} from '../lib/content/article-catalog.ts';
import type { CheckedArticle } from '../lib/content/content-check.ts';
import { formatProblems } from '../lib/content/content-problem.ts';
import { buildSiteRoutes } from '../lib/site/site-routes.ts';
import { readContentFiles } from './read-content-files.ts';
import { getShardLocales } from './shard-locales.ts';
import { compilesInShard } from '../lib/site/shard-locales.ts';
import { writeContentReport } from './content-report.ts';
import { writeSourceLinks } from './source-links-file.ts';
import { checkAndRenderInParallel } from './check-and-render-in-parallel.ts';
import { rendersInLoader } from '../lib/markdown/markdown-processor.ts';
import { siteMarkdownEngine } from './markdown-processor.ts';
import { rendererFingerprint } from './renderer-fingerprint.ts';
import { hasArticleHtml, pruneArticleHtml, writeArticleHtml } from './article-html-files.ts';

/**
 * The articles collection's loader: reads every file of the content folder once and runs the content checks
 * on them, stores each article that passed (a source also with its body byte for byte, which translations hash) and
 * keeps its HTML in the cache folder (article-html-files.ts), and leaves
 * the problems and the routes for the build (see `contentReport`). It prints problems but does not throw, so
 * `astro sync` and `astro dev` keep working on a broken file; `astro build` stops on them.
 * `articlesLoader('content')` in `src/content.config.ts`.
 */
export function articlesLoader(contentDir: string): Loader {
  const folder = ensureContentDir(contentDir);
  return {
    name: 'polyhelp:articles',
    load: async (context) => {
      await loadArticles(context, folder);
      const watched = join(fileURLToPath(context.config.root), folder);
      context.watcher?.add(watched);
      // In `astro dev`, a change below the content folder re-reads and re-checks all of it (rules span files), one run at a time.
      let queue = Promise.resolve();
      context.watcher?.on('all', (_event, path) => {
        if (relative(watched, path).split(sep)[0] === '..') return;
        queue = queue
          .then(() => loadArticles(context, folder))
          .catch((error: Error) => context.logger.error(error.message));
      });
    },
  };
}

async function loadArticles(
  { config, store, parseData, generateDigest, logger }: LoaderContext,
  contentDir: string,
): Promise<void> {
  const root = fileURLToPath(config.root);
  const cacheDir = fileURLToPath(config.cacheDir);
  const files = readContentFiles(root, contentDir);
  // A shard renders its locales' articles and the sources they show (stand-ins, "Show original"); every other article
  // is stored as data only (no MDX to compile), so routes, language links and browse lists stay the whole site's.
  const shard = getShardLocales();
  const rendersBody = (locale: Locale) => compilesInShard(locale, shard);
  // The default engine renders each body to HTML here, from the tree the checks parsed, and keeps it in the cache
  // folder under the article's digest (article-html-files.ts), so a rebuild renders only what changed; the other
  // engines leave it to Astro's MDX compile when a page asks (`render(entry)`).
  const engine = siteMarkdownEngine();
  const renderHtml = rendersInLoader(engine);
  // A data-only entry must not pass for a renderable one in the next (whole) build's cache, nor the reverse; HTML
  // made by other code (a plugin, a dictionary, a library changed) or another engine is made again.
  const renderer = renderHtml ? rendererFingerprint() : engine;
  // Each article file's digest, and the ones whose stored HTML is missing or made from other text or code.
  const digests = new Map<string, string>();
  const renders: string[] = [];
  for (const file of files) {
    const ref = contentPathToRef(file.path);
    if (!ref) continue;
    const rendered = rendersBody(ref.locale);
    const digest = generateDigest(`${file.text}\0${rendered ? renderer : 'data only'}`);
    digests.set(file.path, digest);
    if (
      renderHtml &&
      rendered &&
      (store.get(refToEntryId(ref))?.digest !== digest || !hasArticleHtml(cacheDir, digest))
    )
      renders.push(file.path);
  }
  // Bodies this shard does not compile are checked by the shard that does.
  const {
    checked: { articles, problems, warnings, breadcrumbs },
    html: htmlByPath,
  } = await checkAndRenderInParallel({
    root,
    contentDir,
    files,
    shard,
    renders,
    // Astro's MDX compile with unified parses every body with micromark again: check what it reads.
    nativeParse: engine !== 'unified-mdx',
  });
  if (warnings.length > 0) logger.warn(formatProblems(warnings, 'warning'));
  // `astro sync` and `astro dev` go on with the articles that passed; `astro build` stops on these when it starts.
  if (problems.length > 0) logger.warn(formatProblems(problems));
  const texts = new Map(files.map((file) => [file.path, file.text]));
  for (const [path, html] of htmlByPath)
    writeArticleHtml(cacheDir, digests.get(path) ?? '', html.html);
  const ids = new Set<string>();
  const keptHtml = new Set<string>();
  for (const article of articles) {
    const rendered = rendersBody(article.locale);
    const id = refToEntryId(article);
    ids.add(id);
    const digest = digests.get(article.path) ?? '';
    if (rendered && renderHtml) keptHtml.add(digest);
    if (store.get(id)?.digest === digest) {
      if (rendered && !renderHtml) store.addModuleImport(article.path);
      continue;
    }
    const data = await parseData({
      id,
      data: article.frontmatter,
      filePath: join(root, article.path),
    });
    // A source's body is kept byte for byte: the route list hashes it to tell whether its translations are outdated.
    // A translation's is not (nothing reads it): the store, which the build bundles, is 49 → 35 MB at 3,000 articles.
    const body = article.locale === sourceLocale ? article.body : undefined;
    const entry = { id, data, body, filePath: article.path, digest };
    if (!rendered) store.set({ id, data, digest });
    else if (!renderHtml) store.set({ ...entry, deferredRender: true });
    else {
      // Every article this build renders was rendered from its checked tree (checkAndRender).
      const html = htmlByPath.get(article.path);
      if (!html) throw new Error(`${article.path} passed the content check but was not rendered`);
      // Images are Astro's placeholders in the HTML; their files are imported so the build optimises them. The
      // HTML itself is in its file (written above); the page reads it there (withArticleHtml).
      store.set({
        ...entry,
        rendered: { html: '', metadata: html.metadata },
        assetImports: html.metadata.localImagePaths,
      });
    }
  }
  for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
  pruneArticleHtml(cacheDir, keptHtml);
  writeContentReport(config.cacheDir, {
    problems,
    routes: buildSiteRoutes(articles.map(toRoutable), { locales, sourceLocale, breadcrumbs }),
    shard,
  });
  // What the link check's translation parity compares, read from the trees the checks parsed (it would parse them again).
  writeSourceLinks(
    config.cacheDir,
    articles
      .filter((article) => article.bodyChecked)
      .map((article) => ({ ...article, text: texts.get(article.path) ?? '' })),
  );
  logger.info(`${articles.length} articles checked`);
}

function toRoutable(article: CheckedArticle) {
  return {
    ref: { locale: article.locale, slug: article.slug },
    data: article.data,
    body: article.body,
  };
}
