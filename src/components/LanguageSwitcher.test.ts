import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import LanguageSwitcher from './LanguageSwitcher.astro';
import LastUpdated from './LastUpdated.astro';

const container = await AstroContainer.create();
/** Rendered HTML without the dev-mode source annotations Vite adds to every element. */
const render: typeof container.renderToString = async (component, options) =>
  (await container.renderToString(component, options)).replace(/ data-astro-source-(?:file|loc)="[^"]*"/g, '');

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
    expect(html).toMatch(/<a href="\/en-us\/a\/" hreflang="en-US" lang="en-US" data-locale="en-US"[^>]*>English<\/a>/);
    expect(html).toMatch(/<a href="\/ar-sa\/a\/" hreflang="ar-SA" lang="ar-SA" data-locale="ar-SA"[^>]*>العربية<\/a>/);
    expect(html).toMatch(/<a href="\/fr-fr\/a\/"[^>]*aria-current="page"[^>]*>Français<\/a>/);
    expect(html).toContain('<nav aria-label="Langue">');
  });
});

describe('LastUpdated', () => {
  it('writes the date for the reader and for machines', async () => {
    const html = await render(LastUpdated, { props: { locale: 'ja-JP', date: new Date(Date.UTC(2021, 2, 4)) } });
    expect(html).toContain('最終更新日: <time datetime="2021-03-04">2021年3月4日</time>');
  });
});
