import { describe, expect, it } from 'vitest';
import {
  corpusToStarlightDocs,
  starlightSiteFiles,
  starlightVersion,
} from '../bench/starlight-site.ts';

describe('starlightSiteFiles', () => {
  const files = starlightSiteFiles({
    locales: ['en-US', 'ar-SA'],
    sourceLocale: 'en-US',
    astroVersion: '7.3.5',
  });
  const fileText = (path: string) => files.find((file) => file.path === path)!.text;

  it('pins Starlight and the same Astro as the project', () => {
    expect(JSON.parse(fileText('package.json')).dependencies).toEqual({
      '@astrojs/starlight': starlightVersion,
      astro: '7.3.5',
    });
  });

  it('declares our locales with our URL segments, their language tags and direction', () => {
    const config = fileText('astro.config.mjs');
    expect(config).toContain(`defaultLocale: "en-us"`);
    expect(config).toContain(`"ar-sa":{"label":"العربية","lang":"ar-SA","dir":"rtl"}`);
    expect(config).toContain(`"en-us":{"label":"English","lang":"en-US"}`);
  });

  it("loads the docs collection with Starlight's own loader and schema", () => {
    expect(fileText('src/content.config.ts')).toContain(
      'defineCollection({ loader: docsLoader(), schema: docsSchema() })',
    );
  });
});

describe('corpusToStarlightDocs', () => {
  it("moves each article into Starlight's docs folder under its URL segment, text unchanged", () => {
    expect(
      corpusToStarlightDocs([{ path: 'fr-FR/article-1.mdx', text: '---\ntitle: A\n---\nB' }]),
    ).toEqual([{ path: 'src/content/docs/fr-fr/article-1.mdx', text: '---\ntitle: A\n---\nB' }]);
  });

  it("copies a locale's images beside its articles, bytes unchanged", () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
    expect(corpusToStarlightDocs([{ path: 'ja-JP/media/icon.png', text: '', bytes }])).toEqual([
      { path: 'src/content/docs/ja-jp/media/icon.png', text: '', bytes },
    ]);
  });

  it("keeps nested articles' folders and leaves out a locale's breadcrumb.yml", () => {
    expect(
      corpusToStarlightDocs([
        { path: 'he-IL/commercial-dialogues/a.mdx', text: 'x' },
        { path: 'he-IL/breadcrumb.yml', text: 'product: y' },
      ]),
    ).toEqual([{ path: 'src/content/docs/he-il/commercial-dialogues/a.mdx', text: 'x' }]);
  });

  it('refuses a path that is not <locale>/<slug>.mdx', () => {
    expect(() => corpusToStarlightDocs([{ path: 'xx-YY/a.mdx', text: '' }])).toThrow(
      'xx-YY/a.mdx: expected an article path <locale>/<slug>.mdx with a shipped locale',
    );
  });
});
