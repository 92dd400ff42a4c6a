import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import LanguageSwitcher from './LanguageSwitcher.astro';
import LastUpdated from './LastUpdated.astro';
import { locales } from '../i18n/locales.ts';
import { localizedPath } from '../i18n/locale-helpers.ts';

const container = await AstroContainer.create();
/** Rendered HTML without the dev-mode source annotations Vite adds to every element. */
const render: typeof container.renderToString = async (component, options) =>
  (await container.renderToString(component, options)).replace(
    / data-astro-source-(?:file|loc)="[^"]*"/g,
    '',
  );

describe('LanguageSwitcher', () => {
  it('renders plain links named in their own language, with lang and hreflang, the current one marked', async () => {
    const html = await render(LanguageSwitcher, {
      props: {
        locale: 'fr-FR',
        languages: [
          { locale: 'en-US', href: '/en-us/a/' },
          { locale: 'fr-FR', href: '/fr-fr/a/' },
          { locale: 'ar-SA', href: '/ar-sa/a/' },
        ],
      },
    });
    expect(html).toMatch(
      /<a href="\/en-us\/a\/" hreflang="en-US" lang="en-US" data-locale="en-US"[^>]*>English<\/a>/,
    );
    expect(html).toMatch(
      /<a href="\/ar-sa\/a\/" hreflang="ar-SA" lang="ar-SA" data-locale="ar-SA"[^>]*>العربية<\/a>/,
    );
    expect(html).toMatch(/<a href="\/fr-fr\/a\/"[^>]*aria-current="page"[^>]*>Français<\/a>/);
    expect(html).toContain('<nav aria-label="Langue">');
  });

  it('lists every locale by its own name, Latin script first and Han last, in columns', async () => {
    const languages = locales.map((locale) => ({ locale, href: localizedPath(locale) }));
    const html = await render(LanguageSwitcher, { props: { locale: 'en-US', languages } });
    const names = [...html.matchAll(/data-locale="[^"]+"[^>]*>([^<]+)<\/a>/g)].map((m) => m[1]);
    expect(names).toHaveLength(37);
    expect(names.slice(0, 3)).toEqual(['Čeština', 'Dansk', 'Deutsch']);
    expect(names.slice(-3)).toEqual(['中文（简体）', '中文（繁體）', '日本語']);
    expect(names).toContain('Srpski');
    expect(html).toContain('<ul class="language-list-long">');
  });

  it('keeps a short list in one column', async () => {
    const html = await render(LanguageSwitcher, {
      props: {
        locale: 'de-DE',
        languages: [
          { locale: 'de-DE', href: '/de-de/a/' },
          { locale: 'en-US', href: '/en-us/a/' },
        ],
      },
    });
    expect(html).not.toContain('language-list-long');
    expect(html).toMatch(/>Deutsch<\/a>[\s\S]*>English<\/a>/);
  });
});

describe('LastUpdated', () => {
  it('writes the date for the reader and for machines', async () => {
    const html = await render(LastUpdated, {
      props: { locale: 'ja-JP', date: new Date(Date.UTC(2021, 2, 4)) },
    });
    expect(html).toContain('最終更新日: <time datetime="2021-03-04">2021年3月4日</time>');
  });
});
