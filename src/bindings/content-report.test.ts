import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSiteRoutes } from '../lib/site/site-routes.ts';
import { contentReport, writeContentReport, type ContentReport } from './content-report.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** Runs the integration's hooks as `astro build` does, with this report left by the loader. */
function startBuild(report: ContentReport | undefined) {
  const cacheDir = pathToFileURL(`${mkdtempSync(join(tmpdir(), 'content-report-'))}/`);
  folders.push(cacheDir.pathname);
  if (report) writeContentReport(cacheDir, report);
  const errors: string[] = [];
  const content = contentReport((code) => {
    throw new Error(`exit ${code}`);
  });
  const hooks = content.integration.hooks as Record<string, (options: unknown) => void>;
  hooks['astro:config:done']({ config: { cacheDir } });
  return {
    content,
    errors,
    start: () =>
      hooks['astro:build:start']({ logger: { error: (message: string) => errors.push(message) } }),
  };
}

const routes = buildSiteRoutes([{ ref: { locale: 'en-US', slug: 'a' } }], {
  locales: ['en-US', 'ja-JP'],
  sourceLocale: 'en-US',
});

describe('contentReport', () => {
  it('stops the build, without a stack trace, on the problems the loader found and printed', () => {
    const build = startBuild({
      problems: [
        {
          file: 'content/fr-FR/a.mdx',
          line: 2,
          field: 'titel',
          message: 'unknown key',
          fix: 'did you mean `title`?',
        },
      ],
      routes,
    });
    expect(build.start).toThrow('exit 1');
    expect(build.errors).toEqual([
      'the build stops on 1 content problem (listed above, each with file, line and fix); no page was written',
    ]);
  });

  it('gives the sitemap the routes of this build', () => {
    const build = startBuild({ problems: [], routes });
    build.start();
    expect(build.content.isListedInSitemap('https://help.example/en-us/a/')).toBe(true);
    expect(build.content.isListedInSitemap('https://help.example/ja-jp/a/')).toBe(false);
  });

  it('adds the sitemap pages of the other shards to a shard build, and none to the whole site', () => {
    const site = buildSiteRoutes(
      [{ ref: { locale: 'en-US', slug: 'a' } }, { ref: { locale: 'ja-JP', slug: 'a' } }],
      { locales: ['en-US', 'ja-JP'], sourceLocale: 'en-US' },
    );
    const shard = startBuild({ problems: [], routes: site, shard: ['ja-JP'] });
    shard.start();
    expect(shard.content.sitemapPagesElsewhere('https://help.example')).toEqual([
      'https://help.example/en-us/',
      'https://help.example/en-us/a/',
      'https://help.example/en-us/a-z/a/',
    ]);
    const whole = startBuild({ problems: [], routes: site });
    whole.start();
    expect(whole.content.sitemapPagesElsewhere('https://help.example')).toEqual([]);
  });

  it('says what is wrong when the loader left no report', () => {
    expect(startBuild(undefined).start).toThrow(
      /content-report.json .*the articles loader writes it when Astro loads content/,
    );
  });
});
