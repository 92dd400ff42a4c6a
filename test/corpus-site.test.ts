// The real sample corpus end to end (issue 11): every file of ../shared/corpus/alchemy-insights/ is imported with
// `npm run import` into a temporary content folder inside the repo, built with `scripts/build.ts --out` (pages, link
// check against test/fixtures/corpus.link-baseline.txt, search index), then the built site is checked: one page per
// article and locale, and a title query per locale that finds its article through Pagefind in Chromium.
// CI lays shared/ beside the clone; without it this test fails rather than skips, so a missing corpus is seen.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright';
import { serveFolder } from '../bench/search-first-query.ts';
import { splitFrontmatter } from '../src/lib/content/split-frontmatter.ts';

const repoRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));
const corpusDir = path('../shared/corpus/alchemy-insights');
const workDir = 'node_modules/.corpus-test';
const contentDir = `${workDir}/content`;
const distDir = `${workDir}/dist`;
const baselineFixture = 'test/fixtures/corpus.link-baseline.txt';
const corpusLocales = ['en-US', 'fr-FR', 'de-DE', 'ja-JP', 'ar-SA', 'zh-CN', 'he-IL'] as const;
// Import, build and search take about 2 min 15 s alone on 2 cores (the target is under 5); the timeout is longer
// so several builds sharing the machine do not fail it.
const budgetMs = 10 * 60_000;
const children = new Set<ReturnType<typeof spawn>>();

function path(relative: string) {
  return resolve(repoRoot, relative);
}

/** Runs a project command with node_modules/.bin first on PATH, as npm would; rejects with its output on failure. */
function run(command: string, args: string[], env: Record<string, string> = {}): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, {
      cwd: repoRoot,
      env: { ...process.env, PATH: `${path('node_modules/.bin')}:${process.env.PATH}`, ...env },
    });
    children.add(child);
    child.on('exit', () => children.delete(child));
    let stdout = '';
    let output = '';
    child.stdout.on('data', (chunk) => ((stdout += chunk), (output += chunk)));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolvePromise(stdout)
        : reject(
            new Error(
              `${command} ${args.join(' ')} exited with ${code}; last output:\n${output.slice(-4000)}`,
            ),
          ),
    );
  });
}

/** Manifest rows: the file's path inside a locale folder (`AlchemyInsights/x.md`) and the locales it exists in. */
function readManifest(): { file: string; locales: string[] }[] {
  const [, ...rows] = readFileSync(join(corpusDir, 'manifest.tsv'), 'utf8').trim().split('\n');
  return rows.map((row) => {
    const [file, locales] = row.split('\t');
    return { file, locales: locales.split(',') };
  });
}

interface ImportJson {
  filesIn: number;
  written: number;
  failed: number;
  changedSlugs: { from: string; to: string }[];
}

const imports = new Map<string, ImportJson>();
let timings: Record<string, number> = {};

/** `AlchemyInsights/commercial-dialogues/X.md` → the slug the importer gave it, `commercial-dialogues/x`. */
function slugOf(file: string, locale: string): string {
  const raw = file.replace(/^AlchemyInsights\//, '').replace(/\.md$/, '');
  const changed = imports.get(locale)!.changedSlugs.find((change) => change.from === raw);
  return changed?.to ?? raw;
}

const pageOf = (locale: string, slug: string) => `/${locale.toLowerCase()}/${slug}/`;

describe('the alchemy-insights sample corpus, imported and built', { timeout: budgetMs }, () => {
  // A timed-out hook leaves its import or build running: stop it (and its Astro or link-check child) with the test.
  afterAll(() => {
    for (const child of children) child.kill('SIGTERM');
  });
  beforeAll(async () => {
    if (!existsSync(join(corpusDir, 'manifest.tsv'))) {
      throw new Error(
        `the sample corpus is missing: expected ${corpusDir}/manifest.tsv. This test needs /work/shared (or CI's shared/) beside the repository; it fails rather than skips so a missing corpus is noticed`,
      );
    }
    const started = performance.now();
    rmSync(path(workDir), { recursive: true, force: true });
    mkdirSync(path(workDir), { recursive: true });
    const importLocale = async (locale: string) => {
      const stdout = await run('node', [
        'scripts/import.ts',
        join(corpusDir, locale, 'AlchemyInsights'),
        '--locale',
        locale,
        '--out',
        contentDir,
        '--json',
      ]);
      imports.set(locale, JSON.parse(stdout) as ImportJson);
    };
    // The source locale first: a translation's import reads its source article to give headings the source's ids.
    // Then the translations two at a time, one per core.
    await importLocale('en-US');
    const queue = corpusLocales.filter((locale) => locale !== 'en-US');
    const importQueued = async () => {
      for (let locale = queue.shift(); locale; locale = queue.shift()) await importLocale(locale);
    };
    await Promise.all([importQueued(), importQueued()]);
    const imported = performance.now();
    // The build's link check reads the baseline beside the content folder; the accepted findings are committed.
    copyFileSync(path(baselineFixture), path(`${contentDir}.link-baseline.txt`));
    await run('node', ['scripts/build.ts', '--out', distDir], { POLYHELP_CONTENT_DIR: contentDir });
    timings = { importMs: imported - started, buildMs: performance.now() - imported };
  }, budgetMs);

  it('imports every file of the manifest in each of the seven locales, none failed', () => {
    const manifest = readManifest();
    const counts = Object.fromEntries(
      [...imports].map(([locale, json]) => [
        locale,
        { in: json.filesIn, written: json.written, failed: json.failed },
      ]),
    );
    console.log(`corpus import per locale: ${JSON.stringify(counts)}; ${JSON.stringify(timings)}`);
    for (const locale of corpusLocales) {
      const articles = manifest.filter((row) => row.locales.includes(locale)).length;
      expect(articles, `manifest rows for ${locale}`).toBeGreaterThan(0);
      // A locale with a breadcrumb configuration also reads it and writes its breadcrumb.yml.
      const expected =
        articles +
        Number(existsSync(join(corpusDir, locale, 'AlchemyInsights/breadcrumb/toc.yml')));
      expect(counts[locale], `import of ${locale}`).toEqual({
        in: expected,
        written: expected,
        failed: 0,
      });
    }
  });

  it("carries each locale's breadcrumb configuration into its content folder and onto its articles", () => {
    expect(readFileSync(path(`${contentDir}/fr-FR/breadcrumb.yml`), 'utf8')).toContain(
      'product: Informations sur Alchemy',
    );
    expect(existsSync(path(`${contentDir}/en-US/breadcrumb.yml`)), 'en-US ships none').toBe(false);
    const html = readFileSync(path(`${distDir}/fr-fr/access-services/index.html`), 'utf8');
    expect(html).toMatch(/<span class="breadcrumb-product"[^>]*>Informations sur Alchemy<\/span>/);
  });

  it('builds a page for every article in every locale it exists in, nested slugs included', () => {
    const missing: string[] = [];
    let pages = 0;
    for (const { file, locales } of readManifest()) {
      for (const locale of locales) {
        const slug = slugOf(file, locale);
        if (!existsSync(path(`${contentDir}/${locale}/${slug}.mdx`)))
          missing.push(`${locale}/${slug}.mdx (from ${file})`);
        if (existsSync(path(`${distDir}${pageOf(locale, slug)}index.html`))) pages++;
        else missing.push(`${pageOf(locale, slug)}index.html (from ${locale}/${file})`);
      }
    }
    expect(missing).toEqual([]);
    expect(readManifest().some(({ file }) => file.includes('/commercial-dialogues/'))).toBe(true);
    expect(pages).toBe(readManifest().reduce((sum, row) => sum + row.locales.length, 0));
  });

  describe('search', () => {
    let browser: Browser;
    let server: Awaited<ReturnType<typeof serveFolder>>;
    beforeAll(async () => {
      server = await serveFolder(path(distDir));
      browser = await chromium.launch({
        executablePath: '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-gpu'],
      });
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    // One article every locale has; its title in each language is the query. Pagefind's browser search does not
    // segment Chinese queries (Pagefind/pagefind#659, #889), so a whole zh-CN title finds nothing: there the query is
    // the title's leading words, and the whole title is kept below as a known failure.
    const slug = 'buy-a-domain-name-in-office-365';
    const titleOf = (locale: string) => {
      const { data } = splitFrontmatter(
        readFileSync(path(`${contentDir}/${locale}/${slug}.mdx`), 'utf8'),
      );
      return String(data?.title ?? '');
    };
    const queryFor = (locale: string, title: string) =>
      locale === 'zh-CN' ? 'Microsoft 365 购买' : title;

    /** The URLs of the first three results for `query`, searched on the locale's copy of the article. */
    async function firstThree(locale: string, query: string): Promise<string[]> {
      const page = await browser.newPage();
      try {
        await page.goto(`${server.origin}${pageOf(locale, slug)}`);
        // A string, not a function: Vitest rewrites `import()` in test code into something only Node has.
        return (await page.evaluate(`(async () => {
          const pagefind = await import('/pagefind/pagefind.js');
          await pagefind.options({});
          const { results } = await pagefind.search(${JSON.stringify(query)});
          return Promise.all(results.slice(0, 3).map(async (result) => (await result.data()).url));
        })()`)) as string[];
      } finally {
        await page.close();
      }
    }

    it.each(corpusLocales)(
      'finds the article by its %s title among the first three results',
      async (locale) => {
        const title = titleOf(locale);
        expect(title, `title of ${locale}/${slug}.mdx`).not.toBe('');
        const query = queryFor(locale, title);
        for (const word of query.split(' '))
          expect(title, 'the query is words of the title').toContain(word);
        expect(
          await firstThree(locale, query),
          `query "${query}" on ${pageOf(locale, slug)}`,
        ).toContain(pageOf(locale, slug));
      },
    );

    // Known failure: when this passes (Pagefind segments queries, or our search box does), query zh-CN by its whole title above.
    it.fails(
      'finds the article by its whole zh-CN title (fails: Pagefind does not segment Chinese queries)',
      async () => {
        expect(await firstThree('zh-CN', titleOf('zh-CN'))).toContain(pageOf('zh-CN', slug));
      },
    );
  });
});
