import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import LanguageSwitcher from '../../components/LanguageSwitcher.astro';
import MachineTranslationNotice from '../../components/MachineTranslationNotice.astro';
import { locales } from '../../i18n/locales.ts';
import { localizedPath } from '../../i18n/locale-helpers.ts';
import { fixtureHtml, fixtureSite } from '../../../test/fixture-html.ts';
import { checkInternalLinks } from './internal-rules.ts';

/** The site's intended links into other locales, rendered by the real components on a fr-FR article. */
async function renderChrome(): Promise<string> {
  const container = await AstroContainer.create();
  const languages = locales.map((locale) => ({ locale, href: localizedPath(locale, 'a') }));
  const switcher = await container.renderToString(LanguageSwitcher, {
    props: { locale: 'fr-FR', languages },
  });
  const notice = await container.renderToString(MachineTranslationNotice, {
    props: { locale: 'fr-FR', sourceLocale: 'en-US', sourceHref: '/en-us/a/' },
  });
  return switcher + notice;
}

function crossLocaleFindings(chrome: string) {
  const pages = Object.fromEntries(
    locales.map((locale) => [localizedPath(locale, 'a'), fixtureHtml({ lang: locale })]),
  );
  const site = fixtureSite({ ...pages, '/fr-fr/a/': fixtureHtml({ lang: 'fr-FR', chrome }) });
  // The container renders the components' <script> tags with dev-server URLs no fixture site has: not this rule's concern.
  return checkInternalLinks(site, site.pages.get('/fr-fr/a/')!)
    .map((finding) => finding.rule)
    .filter((rule) => rule !== 'missing-asset');
}

describe('intended cross-locale links in the components', () => {
  it('the language switcher and the machine-translation notice pass the cross-locale rule thanks to hreflang', async () => {
    expect(crossLocaleFindings(await renderChrome())).toEqual([]);
  });

  it('would fail it without hreflang and lang, so the attributes are what marks them', async () => {
    const unmarked = (await renderChrome()).replace(/\s(hreflang|lang)="[^"]*"/g, '');
    // One per other locale in the switcher, plus the notice's link to the source.
    expect(crossLocaleFindings(unmarked)).toEqual(Array(locales.length).fill('cross-locale'));
  });

  it('keeps the switcher links marked by their own lang alone: their text names the language they lead into', async () => {
    const withoutHreflang = (await renderChrome()).replace(/\shreflang="[^"]*"/g, '');
    // Only the notice's link to the source is left: its text is in the page's language.
    expect(crossLocaleFindings(withoutHreflang)).toEqual(['cross-locale']);
  });
});
