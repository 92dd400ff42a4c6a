import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { checkAcrossFiles, type ContentCheckResult } from '../lib/content/content-check.ts';
import type { ArticleHtml } from '../lib/markdown/article-html.ts';
import {
  checkAndRender,
  type CheckAndRenderResult,
  type CheckAndRenderTask,
} from './check-and-render.ts';

const workerFile = fileURLToPath(new URL('./check-and-render-worker.ts', import.meta.url));

/**
 * The content check and the articles' HTML, with the work of each file shared among this thread and worker threads
 * (one per further core, at most 3, each with at least `minFiles` files: starting one costs about half a second);
 * the parts' results are joined in the files' order, so problems read as one thread would report them. The rules
 * across files run last, here. `await checkAndRenderInParallel(task)` → `{ checked: { articles, problems, … }, html }`.
 */
export async function checkAndRenderInParallel(
  task: CheckAndRenderTask,
  { minFiles = 150, threads = Math.min(availableParallelism(), 4) } = {},
): Promise<{ checked: ContentCheckResult; html: Map<string, ArticleHtml> }> {
  const parts = splitByText(
    task.files,
    Math.max(1, Math.min(threads, Math.floor(task.files.length / minFiles))),
  );
  const [own, ...others] = parts.map((files) => ({ ...task, files }));
  const workers = others.map(runInWorker);
  const results = [checkAndRender(own), ...(await Promise.all(workers))];
  const checked = checkAcrossFiles(task.files, task.contentDir, joinResults(results));
  return { checked, html: new Map(results.flatMap((result) => result.html)) };
}

function runInWorker(task: CheckAndRenderTask): Promise<CheckAndRenderResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile, { workerData: task });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0)
        reject(new Error(`the content check's worker thread stopped with exit code ${code}`));
    });
  });
}

/**
 * The files in `count` consecutive parts by amount of text (parse time follows it), the first (this thread's) larger
 * by `headStart` of a part's share: a worker first loads the parsers and warms up its own compiler.
 */
function splitByText<T extends { text: string }>(
  files: T[],
  count: number,
  headStart = 0.25,
): T[][] {
  const total = files.reduce((sum, file) => sum + file.text.length, 0);
  const share = total / (count + headStart);
  const parts: T[][] = [[]];
  let size = 0;
  for (const file of files) {
    if (size >= share * (parts.length + headStart) && parts.length < count) parts.push([]);
    parts[parts.length - 1].push(file);
    size += file.text.length;
  }
  return parts;
}

function joinResults(results: CheckAndRenderResult[]): ContentCheckResult {
  return {
    articles: results.flatMap((result) => result.checked.articles),
    problems: results.flatMap((result) => result.checked.problems),
    warnings: results.flatMap((result) => result.checked.warnings),
    breadcrumbs: Object.assign({}, ...results.map((result) => result.checked.breadcrumbs)),
  };
}
