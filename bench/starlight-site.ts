import {
  isLocale,
  languageName,
  localeToDir,
  localeToPathSegment,
} from '../src/i18n/locale-helpers.ts';
import type { Locale } from '../src/i18n/locales.ts';
import type { CorpusFile } from './corpus.ts';

/** The Starlight release `bench:vs-starlight` compares with (the newest on the npm registry when it was pinned). */
export const starlightVersion = '0.42.4';

/** One file of the Starlight comparison site, with its path relative to the site's root; an image has its `bytes`. */
export interface SiteFile {
  path: string;
  text: string;
  bytes?: Uint8Array;
}

/**
 * A Starlight site in its default configuration (its build includes Pagefind, its Markdown runs on Astro's default
 * processor), with our locales as Starlight locales whose URL segments are ours (`/fr-fr/…`), so links between
 * articles resolve the same in both sites:
 * `starlightSiteFiles({ locales: ['en-US', 'ar-SA'], sourceLocale: 'en-US', astroVersion: '7.3.5' })`
 * → `[{ path: 'package.json', … }, { path: 'astro.config.mjs', text: "…locales: {\"en-us\":{\"label\":\"English\",\"lang\":\"en-US\"},…" }, …]`.
 */
export function starlightSiteFiles(options: {
  locales: readonly Locale[];
  sourceLocale: Locale;
  astroVersion: string;
}): SiteFile[] {
  const starlightLocales = Object.fromEntries(
    options.locales.map((locale) => [
      localeToPathSegment(locale),
      {
        label: languageName(locale),
        lang: locale,
        ...(localeToDir(locale) === 'rtl' ? { dir: 'rtl' } : {}),
      },
    ]),
  );
  const packageJson = {
    name: 'polyhelp-bench-starlight',
    private: true,
    type: 'module',
    // The same Astro as Polyhelp's, so the comparison is between the sites, not between Astro releases.
    dependencies: { '@astrojs/starlight': starlightVersion, astro: options.astroVersion },
    allowScripts: { esbuild: true, sharp: true },
  };
  return [
    { path: 'package.json', text: `${JSON.stringify(packageJson, null, 2)}\n` },
    {
      path: 'astro.config.mjs',
      text: `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  site: 'https://help.polyhelp.example',
  integrations: [
    starlight({
      title: 'Polyhelp bench',
      defaultLocale: ${JSON.stringify(localeToPathSegment(options.sourceLocale))},
      locales: ${JSON.stringify(starlightLocales)},
    }),
  ],
});
`,
    },
    {
      path: 'src/content.config.ts',
      text: `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
    },
  ];
}

/**
 * Our articles in Starlight's layout: `<locale>/<slug>.mdx` becomes `src/content/docs/<url segment>/<slug>.mdx`, text
 * unchanged (Starlight's schema keeps `title` and ignores our other keys), and a locale's images go with them
 * (`fr-FR/media/a.png` → `src/content/docs/fr-fr/media/a.png`, where `./media/a.png` in an article finds them):
 * `corpusToStarlightDocs([{ path: 'fr-FR/a.mdx', text }])` → `[{ path: 'src/content/docs/fr-fr/a.mdx', text }]`.
 */
export function corpusToStarlightDocs(files: (CorpusFile & { bytes?: Uint8Array })[]): SiteFile[] {
  // Articles, nested ones included (`fr-FR/commercial-dialogues/a.mdx`), and images; a locale's breadcrumb.yml has
  // no Starlight counterpart.
  return files
    .filter((file) => file.path.endsWith('.mdx') || /^[^/]+\/media\//.test(file.path))
    .map((file) => {
      const match = /^([^/]+)\/(.+)$/.exec(file.path);
      if (!match || !isLocale(match[1]))
        throw new Error(
          `${file.path}: expected an article path <locale>/<slug>.mdx with a shipped locale, e.g. fr-FR/troubleshoot-sspr.mdx`,
        );
      return {
        path: `src/content/docs/${localeToPathSegment(match[1])}/${match[2]}`,
        text: file.text,
        ...(file.bytes ? { bytes: file.bytes } : {}),
      };
    });
}
