import { describe, expect, it } from 'vitest';
import { createLineFinder, pageRoute, pageToContentFile, pageToTemplate } from './page-source.ts';

const templates = ['src/pages/404.astro', 'src/pages/index.astro', 'src/pages/[locale]/404.astro', 'src/pages/[locale]/[slug].astro', 'src/pages/[locale]/index.astro'];

describe('pageRoute', () => {
  it('reads the locale and slug of an article path', () => {
    expect(pageRoute('/fr-fr/troubleshoot-sspr/')).toEqual({ locale: 'fr-FR', slug: 'troubleshoot-sspr' });
    expect(pageRoute('/fr-fr/')).toEqual({ locale: 'fr-FR', slug: undefined });
    expect(pageRoute('/404.html')).toEqual({});
  });
});

describe('pageToContentFile', () => {
  const files = new Set(['content/fr-FR/a.mdx', 'content/en-US/a.mdx']);
  it('maps an article page to its content file', () => {
    expect(pageToContentFile('/fr-fr/a/', files)).toBe('content/fr-FR/a.mdx');
  });
  it('maps a fallback page to the file of the locale it shows', () => {
    expect(pageToContentFile('/de-de/a/', files, 'en-US')).toBe('content/en-US/a.mdx');
  });
  it('has no content file for pages that are not articles', () => {
    expect(pageToContentFile('/fr-fr/', files)).toBeUndefined();
    expect(pageToContentFile('/fr-fr/b/', files)).toBeUndefined();
  });
});

describe('pageToTemplate', () => {
  it('finds the template of each kind of page, static segments first', () => {
    expect(pageToTemplate('/fr-fr/a/', templates)).toBe('src/pages/[locale]/[slug].astro');
    expect(pageToTemplate('/fr-fr/404/', templates)).toBe('src/pages/[locale]/404.astro');
    expect(pageToTemplate('/fr-fr/', templates)).toBe('src/pages/[locale]/index.astro');
    expect(pageToTemplate('/', templates)).toBe('src/pages/index.astro');
    expect(pageToTemplate('/404.html', templates)).toBe('src/pages/404.astro');
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
