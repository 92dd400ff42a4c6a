import { describe, expect, it } from 'vitest';
import { fixtureHtml, fixtureSite } from '../../../test/fixture-html.ts';
import { checkInternalLinks } from './internal-rules.ts';

const target = fixtureHtml({
  lang: 'fr-FR',
  article: '<h2 id="error-message">Erreur</h2><a name="old-anchor"></a>',
});

function check(pages: Record<string, string>, from: string, assets: string[] = []) {
  const site = fixtureSite(pages, assets);
  return checkInternalLinks(site, site.pages.get(from)!).map((f) => ({
    rule: f.rule,
    message: f.message,
    fix: f.fix,
    url: f.link?.url,
  }));
}

describe('checkInternalLinks', () => {
  it('accepts links to built pages, element ids and a-names', () => {
    const from = fixtureHtml({
      lang: 'fr-FR',
      article:
        '<a href="/fr-fr/b/#error-message">x</a><a href="../b/#old-anchor">y</a><a href="#top">z</a>',
    });
    expect(check({ '/fr-fr/a/': from, '/fr-fr/b/': target }, '/fr-fr/a/')).toEqual([]);
  });

  it('reports a missing page with the closest existing path', () => {
    const from = fixtureHtml({
      lang: 'fr-FR',
      article: '<a href="/fr-fr/troubleshoot-sspt/">x</a>',
    });
    expect(check({ '/fr-fr/a/': from, '/fr-fr/troubleshoot-sspr/': target }, '/fr-fr/a/')).toEqual([
      {
        rule: 'missing-page',
        url: '/fr-fr/troubleshoot-sspt/',
        message:
          'link "/fr-fr/troubleshoot-sspt/" leads to /fr-fr/troubleshoot-sspt/, which the build did not produce',
        fix: 'did you mean "/fr-fr/troubleshoot-sspr/"?',
      },
    ]);
  });

  it('reports a page link without its trailing slash', () => {
    const from = fixtureHtml({ lang: 'fr-FR', article: '<a href="/fr-fr/b">x</a>' });
    expect(check({ '/fr-fr/a/': from, '/fr-fr/b/': target }, '/fr-fr/a/')[0]).toMatchObject({
      rule: 'missing-page',
      fix: 'link "/fr-fr/b/"',
    });
  });

  it('reports a missing anchor on another page and suggests the closest id', () => {
    const from = fixtureHtml({ lang: 'fr-FR', article: '<a href="/fr-fr/b/#eror-message">x</a>' });
    expect(check({ '/fr-fr/a/': from, '/fr-fr/b/': target }, '/fr-fr/a/')).toEqual([
      {
        rule: 'missing-anchor',
        url: '/fr-fr/b/#eror-message',
        message:
          'link "/fr-fr/b/#eror-message": /fr-fr/b/ has no element with id or name "eror-message"',
        fix: 'did you mean "#error-message"?',
      },
    ]);
  });

  it('reports a missing anchor on the same page', () => {
    const from = fixtureHtml({
      lang: 'fr-FR',
      article: '<h2 id="setup">S</h2><a href="#setupp">x</a>',
    });
    expect(check({ '/fr-fr/a/': from }, '/fr-fr/a/')[0]).toMatchObject({
      rule: 'missing-anchor',
      fix: 'did you mean "#setup"?',
    });
  });

  it('reports a link into another locale and names the same page in the current one', () => {
    const from = fixtureHtml({ lang: 'fr-FR', article: '<a href="/en-us/b/">x</a>' });
    const pages = {
      '/fr-fr/a/': from,
      '/fr-fr/b/': target,
      '/en-us/b/': fixtureHtml({ lang: 'en-US' }),
    };
    expect(check(pages, '/fr-fr/a/')).toEqual([
      {
        rule: 'cross-locale',
        url: '/en-us/b/',
        message: 'link "/en-us/b/" on a fr-FR page leads into en-US (/en-us/b/)',
        fix: 'link "/fr-fr/b/", the fr-FR version; if switching language is intended, write <a href="/en-us/b/" hreflang="en-US">',
      },
    ]);
  });

  it('lets a page outside the locale folders (the language picker, /404.html) link every locale, whatever its lang', () => {
    const picker = fixtureHtml({ lang: 'en-US', chrome: '<a href="/fr-fr/b/">Français</a>' });
    expect(check({ '/': picker, '/fr-fr/b/': target }, '/')).toEqual([]);
  });

  it('accepts a cross-locale link whose hreflang declares the target language, as the switcher and the MT notice write them', () => {
    const from = fixtureHtml({
      lang: 'fr-FR',
      chrome: '<a href="/en-us/b/" hreflang="en-US">English</a>',
    });
    expect(
      check({ '/fr-fr/a/': from, '/en-us/b/': fixtureHtml({ lang: 'en-US' }) }, '/fr-fr/a/'),
    ).toEqual([]);
  });

  it('reports an hreflang that does not match the target', () => {
    const from = fixtureHtml({
      lang: 'fr-FR',
      chrome: '<a href="/en-us/b/" hreflang="de-DE">Deutsch</a>',
    });
    expect(
      check({ '/fr-fr/a/': from, '/en-us/b/': fixtureHtml({ lang: 'en-US' }) }, '/fr-fr/a/')[0],
    ).toMatchObject({
      rule: 'wrong-hreflang',
      message: 'link "/en-us/b/" declares hreflang="de-DE" but /en-us/b/ is en-US',
    });
  });

  it('accepts a language-switcher link to a fallback page whose hreflang names the page locale or the content shown', () => {
    const fallback = fixtureHtml({ lang: 'fr-FR', fallbackFrom: 'en-US' });
    const from = fixtureHtml({
      lang: 'en-US',
      chrome:
        '<a href="/fr-fr/b/" hreflang="fr-FR">Français</a><a href="/fr-fr/b/" hreflang="en-US">x</a>',
    });
    expect(check({ '/en-us/b/': from, '/fr-fr/b/': fallback }, '/en-us/b/')).toEqual([]);
  });

  it('reports a link to a fallback page and names the real page to link instead', () => {
    const fallback = fixtureHtml({ lang: 'fr-FR', fallbackFrom: 'en-US' });
    const from = fixtureHtml({ lang: 'fr-FR', article: '<a href="/fr-fr/b/">x</a>' });
    expect(check({ '/fr-fr/a/': from, '/fr-fr/b/': fallback }, '/fr-fr/a/')).toEqual([
      {
        rule: 'fallback-page',
        url: '/fr-fr/b/',
        message:
          'link "/fr-fr/b/" leads to /fr-fr/b/, a fallback page showing en-US content for want of a translation',
        fix: 'translate the article, or link "/en-us/b/" with hreflang="en-US" so readers know the language changes',
      },
    ]);
  });

  it('reports a missing image with the closest asset', () => {
    const from = fixtureHtml({ lang: 'fr-FR', article: '<img src="/images/reset.pgn" alt="">' });
    expect(check({ '/fr-fr/a/': from }, '/fr-fr/a/', ['/images/reset.png'])).toEqual([
      {
        rule: 'missing-asset',
        url: '/images/reset.pgn',
        message: 'img src "/images/reset.pgn": /images/reset.pgn is not in the build',
        fix: 'did you mean "/images/reset.png"?',
      },
    ]);
  });

  it('checks every srcset candidate', () => {
    const from = fixtureHtml({
      lang: 'fr-FR',
      article: '<img src="/a.png" srcset="/a.png 1x, /a@2x.png 2x" alt="">',
    });
    expect(check({ '/fr-fr/a/': from }, '/fr-fr/a/', ['/a.png']).map((f) => f.url)).toEqual([
      '/a@2x.png',
    ]);
  });

  it('reports an absolute link to the site itself, but not canonical and alternate links', () => {
    const from = fixtureHtml({
      lang: 'fr-FR',
      head: '<link rel="canonical" href="https://help.example/fr-fr/a/"><link rel="alternate" hreflang="en-US" href="https://help.example/en-us/a/">',
      article: '<a href="https://help.example/fr-fr/a/#x">x</a><h2 id="x">X</h2>',
    });
    expect(
      check({ '/fr-fr/a/': from, '/en-us/a/': fixtureHtml({ lang: 'en-US' }) }, '/fr-fr/a/'),
    ).toEqual([
      {
        rule: 'own-origin',
        url: 'https://help.example/fr-fr/a/#x',
        message: `link "https://help.example/fr-fr/a/#x" is absolute on this site's own origin`,
        fix: 'write it relative: "/fr-fr/a/#x"',
      },
    ]);
  });

  it('reports a canonical link to a page that was not built as a missing page', () => {
    const from = fixtureHtml({
      lang: 'en-US',
      head: '<link rel="canonical" href="https://help.example/404/">',
    });
    expect(check({ '/404.html': from }, '/404.html')[0]).toMatchObject({
      rule: 'missing-page',
      url: 'https://help.example/404/',
    });
  });

  it('takes files written after the check (the search index) as present', () => {
    const site = fixtureSite({
      '/': fixtureHtml({ lang: 'en-US', head: '<link rel="stylesheet" href="/pagefind/ui.css">' }),
    });
    site.laterAssets = ['/pagefind/'];
    expect(checkInternalLinks(site, site.pages.get('/')!)).toEqual([]);
  });

  it('reports a URL that does not parse', () => {
    const from = fixtureHtml({ lang: 'en-US', article: '<a href="https://[::1/reset">x</a>' });
    expect(check({ '/en-us/a/': from }, '/en-us/a/')).toEqual([
      {
        rule: 'malformed-url',
        url: 'https://[::1/reset',
        message: 'link "https://[::1/reset" is not a valid URL',
        fix: 'check for stray spaces, brackets or quotes in the URL',
      },
    ]);
  });

  it('leaves external links and other schemes to the URL lint', () => {
    const from = fixtureHtml({
      lang: 'en-US',
      article: '<a href="https://example.org/x">x</a><a href="mailto:a@b.c">m</a>',
    });
    expect(check({ '/en-us/a/': from }, '/en-us/a/')).toEqual([]);
  });
});
