import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, it } from 'vitest';
import { edit, enUS, frFR } from '../../test/content-fixtures.ts';
import { splitFrontmatter } from '../lib/content/split-frontmatter.ts';
import { articlesLoader } from './articles-loader.ts';
import { locales } from '../i18n/locales.ts';
import type { ContentReport } from './content-report.ts';
import { articleHtmlFile, withArticleHtml } from './article-html-files.ts';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A project folder with these content files, and a loader context over an in-memory store. */
function project(files: { path: string; text: string }[]) {
  const root = mkdtempSync(join(tmpdir(), 'articles-loader-'));
  roots.push(root);
  for (const file of files) {
    mkdirSync(dirname(join(root, file.path)), { recursive: true });
    writeFileSync(join(root, file.path), file.text);
  }
  const entries = new Map<
    string,
    {
      id: string;
      body?: string;
      digest?: string;
      filePath?: string;
      deferredRender?: boolean;
      rendered?: { html: string; metadata?: { headings?: { slug: string }[] } };
      data: unknown;
    }
  >();
  const logs: string[] = [];
  const parsed: string[] = [];
  const store = {
    get: (id: string) => entries.get(id),
    set: (entry: { id: string; data: unknown }) => void entries.set(entry.id, entry),
    keys: () => [...entries.keys()],
    delete: (id: string) => void entries.delete(id),
    addModuleImport: () => {},
  };
  const context = {
    config: { root: pathToFileURL(`${root}/`), cacheDir: pathToFileURL(`${root}/cache/`) },
    store,
    parseData: async ({ id, data }: { id: string; data: unknown }) => (parsed.push(id), data),
    generateDigest: (text: string) => createHash('sha1').update(text).digest('hex'),
    logger: {
      info: (message: string) => logs.push(message),
      warn: (message: string) => logs.push(message),
      error: (message: string) => logs.push(message),
    },
  } as unknown as LoaderContext;
  const report = () =>
    JSON.parse(readFileSync(join(root, 'cache/content-report.json'), 'utf8')) as ContentReport;
  const cacheDir = join(root, 'cache');
  /** The HTML a page of this entry renders: read from its file in the cache folder, as the article page does. */
  const html = (id: string) => {
    const entry = entries.get(id);
    return entry && withArticleHtml(entry, cacheDir).rendered?.html;
  };
  return { root, cacheDir, context, entries, logs, parsed, report, html };
}

describe('articlesLoader', () => {
  it('stores each article with its HTML, a source with its body byte for byte, and reports its routes', async () => {
    const site = project([enUS, frFR]);
    await articlesLoader('./content/').load(site.context);
    expect([...site.entries.keys()]).toEqual([
      'en-US/troubleshoot-sspr',
      'fr-FR/troubleshoot-sspr',
    ]);
    expect(site.entries.get('en-US/troubleshoot-sspr')?.body).toBe(
      splitFrontmatter(enUS.text).body,
    );
    const entry = site.entries.get('fr-FR/troubleshoot-sspr');
    expect(entry).toMatchObject({ filePath: frFR.path });
    expect(entry?.body).toBeUndefined();
    expect(entry?.deferredRender).toBeUndefined();
    // The section anchor became the heading's id, and the self-link is labelled in French.
    // Its HTML is in its own file, out of the store (which Astro bundles whole).
    expect(entry?.rendered?.html).toBe('');
    const html = site.html('fr-FR/troubleshoot-sspr');
    expect(html).toContain('<h2 id="error-message" data-pagefind-weight="8">');
    expect(html).toContain('Lien vers la section');
    expect(entry?.rendered?.metadata?.headings?.map((h) => h.slug)).toContain('error-message');
    expect(site.report().problems).toEqual([]);
    const standIns = site
      .report()
      .routes.filter((route) => route.kind === 'stand-in')
      .map((route) => route.path);
    expect(standIns).toHaveLength(locales.length - 2);
    expect(standIns).toEqual(
      expect.arrayContaining([
        '/de-de/troubleshoot-sspr/',
        '/ja-jp/troubleshoot-sspr/',
        '/sr-latn-rs/troubleshoot-sspr/',
      ]),
    );
    expect(standIns).not.toContain('/fr-fr/troubleshoot-sspr/');
    expect(site.logs).toEqual(['2 articles checked']);
  });

  it('prints the content report and leaves its problems for the build, storing the articles that passed', async () => {
    const site = project([enUS, edit(frFR, 'title:', 'titel:')]);
    await articlesLoader('content').load(site.context);
    expect(site.logs[0]).toMatch(
      /^1 content warning:\n {2}content\/fr-FR\/troubleshoot-sspr.mdx:2: titel: unknown key/,
    );
    expect(site.logs[1]).toMatch(
      /^1 content problem:\n {2}content\/fr-FR\/troubleshoot-sspr.mdx: title: expected a non-empty title/,
    );
    expect(site.report().problems).toMatchObject([
      { file: 'content/fr-FR/troubleshoot-sspr.mdx', field: 'title' },
    ]);
    expect([...site.entries.keys()]).toEqual(['en-US/troubleshoot-sspr']);
  });

  it('leaves an unchanged article as stored, and renders one whose text changed again', async () => {
    const site = project([enUS, frFR]);
    await articlesLoader('content').load(site.context);
    const [en, fr] = ['en-US/troubleshoot-sspr', 'fr-FR/troubleshoot-sspr'].map((id) =>
      site.entries.get(id),
    );
    const changed = edit(frFR, 'Je vois un message', 'Je vois un autre message');
    writeFileSync(join(site.root, changed.path), changed.text);
    await articlesLoader('content').load(site.context);
    expect(site.entries.get('en-US/troubleshoot-sspr')).toBe(en);
    expect(site.entries.get('fr-FR/troubleshoot-sspr')).not.toBe(fr);
    expect(site.html('fr-FR/troubleshoot-sspr')).toContain('Je vois un autre message');
    // The HTML of the text that changed is removed with it; the unchanged article's stays.
    expect(existsSync(articleHtmlFile(site.cacheDir, fr?.digest ?? ''))).toBe(false);
    expect(existsSync(articleHtmlFile(site.cacheDir, en?.digest ?? ''))).toBe(true);
  });

  it('renders an unchanged article again when its HTML file is missing from the cache folder', async () => {
    const site = project([enUS, frFR]);
    await articlesLoader('content').load(site.context);
    const fr = site.entries.get('fr-FR/troubleshoot-sspr');
    rmSync(articleHtmlFile(site.cacheDir, fr?.digest ?? ''));
    expect(() => site.html('fr-FR/troubleshoot-sspr')).toThrow(
      /^fr-FR\/troubleshoot-sspr: its HTML is not in .*article-html\/[0-9a-f]+\.html: the build's cache folder changed during the build; build again$/,
    );
    await articlesLoader('content').load(site.context);
    expect(site.entries.get('fr-FR/troubleshoot-sspr')).toBe(fr);
    expect(site.html('fr-FR/troubleshoot-sspr')).toContain('Je vois un message');
  });

  it('leaves rendering to the MDX compile, from the file, when POLYHELP_MARKDOWN names an engine that compiles', async () => {
    const site = project([enUS]);
    process.env.POLYHELP_MARKDOWN = 'unified-mdx';
    try {
      await articlesLoader('content').load(site.context);
    } finally {
      delete process.env.POLYHELP_MARKDOWN;
    }
    expect(site.entries.get('en-US/troubleshoot-sspr')).toMatchObject({
      filePath: enUS.path,
      deferredRender: true,
    });
    const entry = site.entries.get('en-US/troubleshoot-sspr');
    expect(entry?.rendered).toBeUndefined();
    // A page renders it from its module: nothing is read from the cache folder.
    expect(entry && withArticleHtml(entry, site.cacheDir)).toBe(entry);
  });

  it('parses only files that changed since the last load, and drops entries whose file is gone', async () => {
    const site = project([enUS, frFR]);
    await articlesLoader('content').load(site.context);
    rmSync(join(site.root, frFR.path));
    site.parsed.length = 0;
    await articlesLoader('content').load(site.context);
    expect(site.parsed).toEqual([]);
    expect([...site.entries.keys()]).toEqual(['en-US/troubleshoot-sspr']);
    expect(readdirSync(join(site.cacheDir, 'article-html'))).toEqual([
      `${site.entries.get('en-US/troubleshoot-sspr')?.digest}.html`,
    ]);
  });
});
