import { describe, expect, it } from 'vitest';
import { fixtureHtml, fixtureSite } from '../../../test/fixture-html.ts';
import { appendSectionOriginals } from '../l10n/section-originals.ts';
import { collectPageLinks } from './collect-page-links.ts';
import { checkInternalLinks } from './internal-rules.ts';
import { lintLinkText } from './link-text-lint.ts';
import { locateFindings } from './locate-findings.ts';
import { mapPagesToSources } from './page-source.ts';

// A site partly translated: `b` exists in en-US and fr-FR, `solo` only in en-US (fr-FR shows it on a stand-in page).
const origin = 'https://help.example';

/** A stand-in page as the article template draws it: page locale outside, the source locale on <main>, no search body. */
function standIn(locale: string, source: string, slug: string, article: string): string {
  return (
    `<!doctype html><html lang="${locale}" data-fallback-from="${source}"><head><title>t</title>` +
    `<link rel="canonical" href="${origin}/${source.toLowerCase()}/${slug}/"></head><body>` +
    `<main id="main" lang="${source}"><nav class="breadcrumbs" lang="${locale}"><a href="/${locale.toLowerCase()}/">Accueil</a></nav>` +
    `<article class="article-body">${article}</article></main></body></html>`
  );
}

/** A machine-translated fr-FR page with its "Show original" blocks, built by the real component logic. */
function translatedWithOriginal(translated: string, source: string): string {
  const article = appendSectionOriginals(translated, source, {
    summary: 'Afficher l’original (anglais)',
    lang: 'en-US',
    dir: 'ltr',
  });
  return fixtureHtml({
    lang: 'fr-FR',
    head: `<link rel="canonical" href="${origin}/fr-fr/a/">`,
    article,
  });
}

const target = (lang: string) => fixtureHtml({ lang, article: '<h2 id="error-message">E</h2>' });
const pages = {
  '/fr-fr/': target('fr-FR'),
  '/en-us/a/': target('en-US'),
  '/en-us/b/': target('en-US'),
  '/fr-fr/b/': target('fr-FR'),
  '/de-de/b/': target('de-DE'),
  '/en-us/solo/': target('en-US'),
};

function check(extra: Record<string, string>, from: string) {
  const site = fixtureSite({ ...pages, ...extra });
  return checkInternalLinks(site, site.pages.get(from)!).map((f) => ({
    rule: f.rule,
    url: f.link?.url,
    message: f.message,
    fix: f.fix,
  }));
}

describe('a stand-in page', () => {
  const page = standIn(
    'fr-FR',
    'en-US',
    'solo',
    '<h2 id="x">X</h2><p>See <a href="/en-us/b/#error-message">the error</a>.</p>',
  );

  it('may name its source page as canonical: search engines should index the content where it is written', () => {
    expect(check({ '/fr-fr/solo/': page }, '/fr-fr/solo/')).toEqual([]);
  });

  it('accepts the source article’s links into the source locale, since its reader reads that article', () => {
    const links = collectPageLinks(page, '/fr-fr/solo/').links.filter((link) => link.inArticle);
    expect(links.map((link) => [link.url, link.lang])).toEqual([
      ['/en-us/b/#error-message', 'en-US'],
    ]);
  });

  it('still judges its chrome in the page locale', () => {
    const chrome = page.replace('<a href="/fr-fr/">Accueil</a>', '<a href="/en-us/b/">Accueil</a>');
    expect(check({ '/fr-fr/solo/': chrome }, '/fr-fr/solo/')).toEqual([
      {
        rule: 'cross-locale',
        url: '/en-us/b/',
        message: 'link "/en-us/b/" on a fr-FR page leads into en-US (/en-us/b/)',
        fix: 'link "/fr-fr/b/", the fr-FR version; if switching language is intended, write <a href="/en-us/b/" hreflang="en-US">',
      },
    ]);
  });

  it('reports a canonical URL that leads away from the content it shows', () => {
    const wrong = page.replace(`${origin}/en-us/solo/`, `${origin}/de-de/b/`);
    expect(check({ '/fr-fr/solo/': wrong }, '/fr-fr/solo/')).toEqual([
      {
        rule: 'cross-locale',
        url: `${origin}/de-de/b/`,
        message: `link "${origin}/de-de/b/" in en-US text on a fr-FR page leads into de-DE (/de-de/b/)`,
        fix: `link "/en-us/b/", the en-US version; if switching language is intended, write <a href="${origin}/de-de/b/" hreflang="de-DE">`,
      },
    ]);
  });

  it('reports a canonical URL of a translation that points into another locale', () => {
    const translation = fixtureHtml({
      lang: 'fr-FR',
      head: `<link rel="canonical" href="${origin}/en-us/b/">`,
    });
    expect(check({ '/fr-fr/b/': translation }, '/fr-fr/b/')).toMatchObject([
      {
        rule: 'cross-locale',
        message: `link "${origin}/en-us/b/" on a fr-FR page leads into en-US (/en-us/b/)`,
      },
    ]);
  });

  it('lints its article links in the language of the content shown', () => {
    const lone = standIn('fr-FR', 'en-US', 'solo', '<p>x <a href="https://e.org/">the</a> y</p>');
    expect(lintLinkText(collectPageLinks(lone, '/fr-fr/solo/')).map((f) => f.rule)).toEqual([
      'function-word-text',
    ]);
  });
});

describe('the "Show original" block of a translation', () => {
  const heading = (text: string) => `<h2 id="setup">${text}</h2>`;
  const source = `${heading('Setup')}<p>See <a href="/en-us/b/#error-message">the error</a>.</p>`;
  const translated = `${heading('Configuration')}<p>Voir <a href="/fr-fr/b/#error-message">l’erreur</a>.</p>`;

  it('is source-language text: its links into the source locale pass', () => {
    expect(check({ '/fr-fr/a/': translatedWithOriginal(translated, source) }, '/fr-fr/a/')).toEqual(
      [],
    );
  });

  it('would fail without its lang, so the attribute is what marks it', () => {
    const unmarked = translatedWithOriginal(translated, source).replace(' lang="en-US"', '');
    expect(check({ '/fr-fr/a/': unmarked }, '/fr-fr/a/').map((f) => f.rule)).toEqual([
      'cross-locale',
    ]);
  });

  it('may also lead into the reader’s locale, as a relative link in the original does', () => {
    const relative = `${heading('Setup')}<p>See <a href="../b/#error-message">the error</a>.</p>`;
    expect(
      check({ '/fr-fr/a/': translatedWithOriginal(translated, relative) }, '/fr-fr/a/'),
    ).toEqual([]);
  });

  it('reports a link of the original into a third locale, as written in the source', () => {
    const third = `${heading('Setup')}<p>See <a href="/de-de/b/">the error</a>.</p>`;
    expect(check({ '/fr-fr/a/': translatedWithOriginal(translated, third) }, '/fr-fr/a/')).toEqual([
      {
        rule: 'cross-locale',
        url: '/de-de/b/',
        message: 'link "/de-de/b/" in en-US text on a fr-FR page leads into de-DE (/de-de/b/)',
        fix: 'link "/en-us/b/", the en-US version; if switching language is intended, write <a href="/de-de/b/" hreflang="de-DE">',
      },
    ]);
  });

  it('keeps its links out of the translation’s own links, marked as quoted from the source', () => {
    const links = collectPageLinks(
      translatedWithOriginal(translated, source),
      '/fr-fr/a/',
    ).links.filter((link) => link.url.includes('/b/'));
    expect(links.map((link) => [link.url, link.lang, link.inArticle, link.quoted])).toEqual([
      ['/fr-fr/b/#error-message', 'fr-FR', true, false],
      ['/en-us/b/#error-message', 'en-US', false, true],
    ]);
  });
});

describe('locating findings of partly translated pages', () => {
  const content = new Map([
    [
      'site/content/en-US/a.mdx',
      '---\ntitle: A\n---\n## <a name="setup"></a>Setup\n\nSee [the error](/en-us/gone/).\n',
    ],
    [
      'site/content/fr-FR/a.mdx',
      '---\ntitle: A\n---\n## <a name="setup"></a>Configuration\n\nVoir [l’erreur](/fr-fr/gone/).\n',
    ],
    ['site/content/en-US/solo.mdx', '---\ntitle: S\n---\nSee [the error](/en-us/gone/).\n'],
  ]);
  const files = {
    content,
    contentDir: 'site/content',
    pages: mapPagesToSources(content.keys(), {
      locales: ['en-US', 'fr-FR'],
      sourceLocale: 'en-US',
    }),
    components: new Map(),
  };

  function locate(path: string, html: string) {
    const site = fixtureSite({ [path]: html, '/fr-fr/': target('fr-FR') });
    return locateFindings(checkInternalLinks(site, site.pages.get(path)!), files).map((f) => [
      f.file,
      f.line,
      f.link,
    ]);
  }

  it('puts a broken link of the "Show original" block on its line of the source file, and the translation’s on its own', () => {
    const html = translatedWithOriginal(
      '<h2 id="setup">Configuration</h2><p>Voir <a href="/fr-fr/gone/">l’erreur</a>.</p>',
      '<h2 id="setup">Setup</h2><p>See <a href="/en-us/gone/">the error</a>.</p>',
    );
    expect(locate('/fr-fr/a/', html)).toEqual([
      ['site/content/fr-FR/a.mdx', 6, '/fr-fr/gone/'],
      ['site/content/en-US/a.mdx', 6, '/en-us/gone/'],
    ]);
  });

  it('puts a broken link of a stand-in page on its line of the source file, in the configured content folder', () => {
    const html = standIn(
      'fr-FR',
      'en-US',
      'solo',
      '<p>See <a href="/en-us/gone/">the error</a>.</p>',
    ).replace(`${origin}/en-us/solo/`, '/fr-fr/solo/');
    expect(locate('/fr-fr/solo/', html)).toEqual([
      ['site/content/en-US/solo.mdx', 4, '/en-us/gone/'],
    ]);
  });
});
