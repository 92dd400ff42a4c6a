import { describe, expect, it } from 'vitest';
import { createLineFinder, mapPagesToSources } from './page-source.ts';

const locales = { locales: ['en-US', 'fr-FR', 'de-DE'], sourceLocale: 'en-US' } as const;
const article = 'src/pages/[locale]/[...slug].astro';

describe('mapPagesToSources', () => {
  const pages = mapPagesToSources(
    [
      'content/fr-FR/a.mdx',
      'content/en-US/a.mdx',
      'content/en-US/media/shot.png',
      'content/en-US/guides/b.mdx',
    ],
    locales,
  );

  it('maps an article page to its template and content file, nested slugs included', () => {
    expect(pages.get('/fr-fr/a/')).toEqual({
      template: article,
      contentFile: 'content/fr-FR/a.mdx',
    });
    expect(pages.get('/en-us/guides/b/')).toEqual({
      template: article,
      contentFile: 'content/en-US/guides/b.mdx',
    });
  });

  it('maps a stand-in page to the file of the source it shows', () => {
    expect(pages.get('/de-de/a/')).toEqual({
      template: article,
      contentFile: 'content/en-US/a.mdx',
    });
  });

  it('maps the other pages to their templates alone', () => {
    expect(pages.get('/fr-fr/')).toEqual({
      template: 'src/pages/[locale]/index.astro',
      contentFile: undefined,
    });
    expect(pages.get('/fr-fr/404/')?.template).toBe('src/pages/[locale]/404.astro');
    expect(pages.get('/fr-fr/search/')?.template).toBe('src/pages/[locale]/search.astro');
    expect(pages.get('/')?.template).toBe('src/pages/index.astro');
    expect(pages.get('/404.html')?.template).toBe('src/pages/404.astro');
  });

  it('knows no page that no content made', () => {
    expect(pages.get('/fr-fr/b/')).toBeUndefined();
    expect(pages.get('/en-us/media/shot/')).toBeUndefined();
  });
});

describe('createLineFinder', () => {
  it('maps the n-th occurrence of a needle to the n-th line holding it', () => {
    const finder = createLineFinder('intro\n[a](/x/)\ntext\n[b](/x/)\n', 10);
    expect([finder.find('/x/'), finder.find('/x/')]).toEqual([11, 13]);
  });
  it('skips a needle that is only the start of a longer URL', () => {
    const finder = createLineFinder('[aka.ms/ssprsetup](https://m/)\ngo to aka.ms/sspr now\n');
    expect(finder.find('aka.ms/sspr')).toBe(2);
  });
  it('falls back to the next needle, e.g. from a #fragment link to the anchor name', () => {
    const finder = createLineFinder('# T\n\n## <a name="error-message"></a>Error\n');
    expect(finder.find('#error-message', 'error-message')).toBe(3);
  });
  it('finds nothing when no needle occurs', () => {
    expect(createLineFinder('abc').find('/x/')).toBeUndefined();
  });
});
