import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import type { ContentProblem } from '../lib/content/content-problem.ts';
import { createSitemapFilter } from '../lib/site/sitemap-filter.ts';
import { isSiteWide, type SiteRoute } from '../lib/site/site-routes.ts';
import { isInShard } from '../lib/site/shard-locales.ts';
import type { Locale } from '../i18n/locales.ts';

/** What the articles loader found when it read the content: the problems, and the routes of the articles that passed. */
export interface ContentReport {
  problems: ContentProblem[];
  /** Every page of the whole site, also in a shard build (its sitemap lists them all). */
  routes: SiteRoute[];
  /** A shard build's locales; absent for the whole site. */
  shard?: Locale[];
}

/** Where the loader leaves its report for the build, in Astro's cache folder: `node_modules/.astro/content-report.json`. */
function reportUrl(cacheDir: URL): URL {
  return new URL('content-report.json', cacheDir);
}

/** Writes the loader's report; `astro build` reads it when it starts, after Astro has loaded the content. */
export function writeContentReport(cacheDir: URL, report: ContentReport): void {
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(reportUrl(cacheDir), `${JSON.stringify(report)}\n`);
}

/**
 * Reads the report the articles loader left in Astro's cache folder during the last build of that content:
 * `readContentReport(pathToFileURL('node_modules/.astro/')).routes` → every page of the whole site.
 */
export function readContentReport(cacheDir: URL): ContentReport {
  const url = reportUrl(cacheDir);
  try {
    return JSON.parse(readFileSync(url, 'utf8')) as ContentReport;
  } catch (error) {
    throw new Error(
      `cannot read ${url.pathname} (${(error as Error).message}): the articles loader writes it when Astro loads content; run \`astro build\` without --no-sync`,
    );
  }
}

/**
 * Fails `astro build` with the readable content report before any page renders, and gives the sitemap the routes
 * of this build (and, in a shard build, the sitemap pages other shards build); loading the config reads nothing, so
 * `astro sync`, `astro preview` and Vitest never fail on content: `const content = contentReport()` →
 * `integrations: [content.integration, sitemap({ filter: content.isListedInSitemap, get customPages() { … } })]`.
 */
export function contentReport(exit: (code: number) => never = (code) => process.exit(code)): {
  integration: AstroIntegration;
  isListedInSitemap: (url: string) => boolean;
  sitemapPagesElsewhere: (site: string) => string[];
} {
  let cacheDir: URL | undefined;
  let isListed: ((path: string) => boolean) | undefined;
  let elsewhere: string[] = [];
  return {
    integration: {
      name: 'polyhelp:content-report',
      hooks: {
        'astro:config:done': ({ config }) => {
          cacheDir = config.cacheDir;
        },
        // Astro loads content between config:done and build:start, so the report is this build's.
        'astro:build:start': ({ logger }) => {
          const report = readContentReport(cacheDir!);
          if (report.problems.length > 0) {
            // A content error is the author's to fix, not a crash: the loader printed the report above when it read the
            // content; say once that the build stops, with no stack trace, before any page is written.
            const count = report.problems.length;
            logger.error(
              `the build stops on ${count} content problem${count === 1 ? '' : 's'} (listed above, each with file, line and fix); no page was written`,
            );
            exit(1);
          }
          isListed = createSitemapFilter(report.routes);
          elsewhere = report.routes
            .filter(
              (route) =>
                route.inSitemap && !isSiteWide(route) && !isInShard(route.locale, report.shard),
            )
            .map((route) => route.path);
        },
      },
    },
    isListedInSitemap: (url) => {
      if (!isListed)
        throw new Error(
          'sitemap: the polyhelp:content-report integration must come before the sitemap in astro.config.mjs',
        );
      return isListed(new URL(url).pathname);
    },
    // A shard's sitemap is the whole site's (the same bytes in every shard): the pages other shards build are
    // added from the route list, so each URL's hreflang alternates name every locale, as in the whole build.
    sitemapPagesElsewhere: (site) => elsewhere.map((path) => new URL(path, site).href),
  };
}
