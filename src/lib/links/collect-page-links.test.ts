import { describe, expect, it } from 'vitest';
import { collectPageLinks } from './collect-page-links.ts';
import { fixtureHtml } from '../../../test/fixture-html.ts';

describe('collectPageLinks', () => {
  const page = collectPageLinks(
    fixtureHtml({
      lang: 'fr-FR',
      fallbackFrom: 'en-US',
      head: '<link rel="canonical" href="https://help.example/fr-fr/a/">',
      chrome:
        '<details class="language-switcher"><a href="/en-us/a/" hreflang="en-US">English</a></details>',
      article:
        '<h2 id="setup">S</h2><a name="old"></a><p>voir <a href="https://e.org/?a=1&amp;b=2">la <strong>FAQ</strong></a>de passe, <code>x.org/y</code> et aka.ms/sspr</p>',
    }),
    '/fr-fr/a/',
  );

  it('reads the page language, fallback locale and canonical URL', () => {
    expect([page.lang, page.fallbackFrom, page.canonical]).toEqual([
      'fr-FR',
      'en-US',
      'https://help.example/fr-fr/a/',
    ]);
  });

  it('collects every id and a-name as anchors', () => {
    expect([...page.ids]).toEqual(['main', 'setup', 'old']);
  });

  it('decodes entities in URLs, and records text, neighbours, hreflang and where the link sits', () => {
    const [canonical, switcher, article] = page.links;
    expect(canonical).toMatchObject({
      tag: 'link',
      rel: ['canonical'],
      ancestry: ['head'],
      inArticle: false,
    });
    expect(switcher).toMatchObject({
      url: '/en-us/a/',
      hreflang: 'en-US',
      ancestry: ['.language-switcher'],
      inArticle: false,
    });
    expect(article).toMatchObject({
      url: 'https://e.org/?a=1&b=2',
      text: 'la FAQ',
      before: 'voir ',
      after: 'de passe, ',
      inArticle: true,
    });
  });

  it('keeps article text outside links and code for the raw-URL lint', () => {
    expect(page.articleTexts.map((t) => t.text)).toEqual([
      'S',
      'voir ',
      'de passe, ',
      ' et aka.ms/sspr',
    ]);
  });
});

describe('text quoted from another locale inside the article', () => {
  it('is neither this page article text nor a source of external-link findings, which its own locale page reports', () => {
    const html =
      '<html lang="fr-FR"><body><article data-pagefind-body><p><a href="https://a.example/">lien utile</a></p><div lang="en-US"><p><a href="https://b.example/">direct</a> your user</p></div></article></body></html>';
    const page = collectPageLinks(html, '/fr-fr/a/');
    expect(page.links.map((link) => [link.url, link.inArticle])).toEqual([
      ['https://a.example/', true],
    ]);
    expect(page.articleTexts.map((t) => t.text).join(' ')).not.toContain('your user');
  });
});
