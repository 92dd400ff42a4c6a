import { describe, expect, it } from 'vitest';
import { fixtureHtml, fixtureSite } from '../../../test/fixture-html.ts';
import { buildSiteRoutes } from '../site/site-routes.ts';
import { checkInternalLinks } from './internal-rules.ts';
import { articleTextToHeadingIds, createPagesElsewhere } from './pages-elsewhere.ts';

const routeLocales = { locales: ['en-US', 'fr-FR', 'ja-JP'], sourceLocale: 'en-US' } as const;
const routes = buildSiteRoutes(
  [
    { ref: { locale: 'en-US', slug: 'a' } },
    { ref: { locale: 'fr-FR', slug: 'a' } },
    { ref: { locale: 'en-US', slug: 'b' } },
  ],
  routeLocales,
);
const headingIds: Record<string, string[]> = { 'fr-FR/a': ['etapes'], 'en-US/b': ['steps'] };

/** The ja-JP shard: its own pages built, the others known from the routes only. */
function checkShardPage(article: string) {
  const site = fixtureSite({
    '/ja-jp/a/': fixtureHtml({ lang: 'ja-JP', chrome: '<h1 id="toc">目次</h1>', article }),
    '/ja-jp/b/': fixtureHtml({
      lang: 'ja-JP',
      fallbackFrom: 'en-US',
      chrome: '<h1 id="toc">b</h1>',
    }),
  });
  site.elsewhere = createPagesElsewhere(
    routes,
    site.pages,
    (ref) => headingIds[`${ref.locale}/${ref.slug}`] ?? [],
  );
  return checkInternalLinks(site, site.pages.get('/ja-jp/a/')!).map((finding) => finding.rule);
}

describe('createPagesElsewhere', () => {
  it("accepts links into another shard's pages, their heading ids and the ids their template draws", () => {
    expect(
      checkShardPage(
        '<a href="/fr-fr/a/#etapes" hreflang="fr-FR">a</a><a href="/fr-fr/a/#toc" hreflang="fr-FR">b</a><a href="/fr-fr/" hreflang="fr-FR">c</a>',
      ),
    ).toEqual([]);
  });

  it('reports a missing page or heading in another shard as in the whole build', () => {
    expect(
      checkShardPage(
        '<a href="/fr-fr/z/" hreflang="fr-FR">a</a><a href="/fr-fr/a/#steps" hreflang="fr-FR">b</a><a href="/fr-fr/a">c</a>',
      ),
    ).toEqual(['missing-page', 'missing-anchor', 'missing-page']);
  });

  it("knows another shard's stand-ins and locales, so fallback and cross-locale links are reported", () => {
    expect(checkShardPage('<a href="/fr-fr/b/">a</a><a href="/en-us/a/">b</a>')).toEqual([
      'fallback-page',
      'cross-locale',
    ]);
  });

  it('asks for heading ids only of the pages a link with a fragment leads to, once each', () => {
    const asked: string[] = [];
    const elsewhere = createPagesElsewhere(routes, new Map(), (ref) => {
      asked.push(ref.slug);
      return [];
    });
    expect(elsewhere.has('/fr-fr/b/')).toBe(true);
    const page = elsewhere.get('/fr-fr/b/');
    expect(page).toMatchObject({ lang: 'fr-FR', fallbackFrom: 'en-US' });
    expect(asked).toEqual([]);
    expect(page?.ids.has('b-steps')).toBe(false);
    expect(elsewhere.get('/fr-fr/b/')?.ids.size).toBe(page?.ids.size);
    expect(asked).toEqual(['b']);
  });
});

describe('articleTextToHeadingIds', () => {
  it("reads a file's heading ids after its frontmatter, and none from a file that does not parse", () => {
    expect(
      articleTextToHeadingIds('---\ntitle: A\n---\n## <a name="etapes"></a>Étapes\n\n## Notes\n'),
    ).toEqual(['etapes', 'notes']);
    expect(articleTextToHeadingIds('---\ntitle: A\n---\n## A <b\n')).toEqual([]);
  });
});
