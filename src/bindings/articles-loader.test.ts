import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  return { root, context, entries, logs, parsed, report };
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
    expect(entry?.rendered?.html).toContain('<h2 id="error-message" data-pagefind-weight="8">');
    expect(entry?.rendered?.html).toContain('Lien vers la section');
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
    expect(site.entries.get('fr-FR/troubleshoot-sspr')?.rendered?.html).toContain(
      'Je vois un autre message',
    );
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
    expect(site.entries.get('en-US/troubleshoot-sspr')?.rendered).toBeUndefined();
  });

  it('parses only files that changed since the last load, and drops entries whose file is gone', async () => {
    const site = project([enUS, frFR]);
    await articlesLoader('content').load(site.context);
    rmSync(join(site.root, frFR.path));
    site.parsed.length = 0;
    await articlesLoader('content').load(site.context);
    expect(site.parsed).toEqual([]);
    expect([...site.entries.keys()]).toEqual(['en-US/troubleshoot-sspr']);
  });
});
