import { describe, expect, it } from 'vitest';
import { fixtureHtml, fixtureSite } from '../../../test/fixture-html.ts';
import { checkInternalLinks } from './internal-rules.ts';
import { lintArticleText } from './link-text-lint.ts';
import { locateFindings, mapAncestryToComponents } from './locate-findings.ts';
import { mapPagesToSources } from './page-source.ts';

const source =
  '---\ntitle: A\n---\n# A\n\n## <a name="setup"></a>Setup\n\n[one](/fr-fr/missing/) and\n[two](/fr-fr/missing/), then go to aka.ms/sspr.\n';
const components = mapAncestryToComponents([
  { path: 'src/components/TableOfContents.astro', text: '<nav class="toc" data-x>' },
  {
    path: 'src/layouts/BaseLayout.astro',
    text: '<html><head></head><a class="skip-link sr-only">',
  },
  { path: 'src/components/Other.astro', text: '<span class="sr-only">' },
]);
const sources = {
  content: new Map([['content/fr-FR/a.mdx', source]]),
  pages: mapPagesToSources(['content/fr-FR/a.mdx'], { locales: ['fr-FR'], sourceLocale: 'fr-FR' }),
  components,
};

function locate(html: string) {
  const site = fixtureSite({ '/fr-fr/a/': html });
  const page = site.pages.get('/fr-fr/a/')!;
  return locateFindings([...checkInternalLinks(site, page), ...lintArticleText(page)], sources).map(
    (f) => ({ file: f.file, line: f.line, rule: f.rule, message: f.message }),
  );
}

describe('mapAncestryToComponents', () => {
  it('maps classes owned by one file, and head, but drops classes several files use', () => {
    expect(Object.fromEntries(components)).toEqual({
      '.toc': 'src/components/TableOfContents.astro',
      '.skip-link': 'src/layouts/BaseLayout.astro',
      head: 'src/layouts/BaseLayout.astro',
    });
  });
});

describe('locateFindings', () => {
  it('puts article findings on the content file line of each occurrence of the URL', () => {
    const html = fixtureHtml({
      lang: 'fr-FR',
      article:
        '<h2 id="setup">Setup</h2><p><a href="/fr-fr/missing/">one</a> and <a href="/fr-fr/missing/">two</a>, then go to aka.ms/sspr.</p>',
    });
    expect(locate(html).map((f) => [f.file, f.line, f.rule])).toEqual([
      ['content/fr-FR/a.mdx', 8, 'missing-page'],
      ['content/fr-FR/a.mdx', 9, 'missing-page'],
      ['content/fr-FR/a.mdx', 9, 'raw-url-text'],
    ]);
  });

  it('finds a plugin-made #fragment link by its anchor name', () => {
    const html = fixtureHtml({
      lang: 'fr-FR',
      article: '<h2 id="other">Setup</h2><a class="heading-anchor" href="#setup">#</a>',
    });
    expect(locate(html)).toMatchObject([
      { file: 'content/fr-FR/a.mdx', line: 6, rule: 'missing-anchor' },
    ]);
  });

  it('puts chrome findings on the component that draws them, naming the page template', () => {
    const html = fixtureHtml({
      lang: 'fr-FR',
      chrome: '<nav class="toc"><ol><li><a href="#nowhere">x</a></li></ol></nav>',
    });
    expect(locate(html)).toEqual([
      {
        file: 'src/components/TableOfContents.astro',
        line: undefined,
        rule: 'missing-anchor',
        message:
          'link "#nowhere": /fr-fr/a/ has no element with id or name "nowhere" (drawn on src/pages/[locale]/[...slug].astro)',
      },
    ]);
  });

  it('puts head links on the layout holding <head>', () => {
    const html = fixtureHtml({
      lang: 'fr-FR',
      head: '<link rel="stylesheet" href="/missing.css">',
    });
    expect(locate(html)[0]).toMatchObject({
      file: 'src/layouts/BaseLayout.astro',
      rule: 'missing-asset',
    });
  });

  it('falls back to the page template for chrome no component claims', () => {
    const html = fixtureHtml({
      lang: 'fr-FR',
      chrome: '<nav class="breadcrumbs"><a href="/fr-fr/gone/">x</a></nav>',
    });
    expect(locate(html)[0]).toMatchObject({
      file: 'src/pages/[locale]/[...slug].astro',
      rule: 'missing-page',
    });
  });
});
