import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import MachineTranslationNotice from './MachineTranslationNotice.astro';

const render = async (props: Record<string, unknown>) =>
  (
    await (await AstroContainer.create()).renderToString(MachineTranslationNotice, { props })
  ).replace(/ data-astro-source-(?:file|loc)="[^"]*"/g, '');

describe('MachineTranslationNotice', () => {
  it('says in the same box that an imported translation is unverified', async () => {
    const html = await render({
      locale: 'de-DE',
      sourceLocale: 'en-US',
      sourceHref: '/en-us/a/',
      freshness: 'unverified',
    });
    expect(html).toMatch(/class="notice notice-mt notice-unverified"/);
    expect(html).toContain(
      'Diese Seite wurde maschinell übersetzt und kann Fehler enthalten. Wir können nicht prüfen, ob diese Übersetzung noch dem Original entspricht',
    );
  });

  it('says nothing about freshness when the translation is proved up to date', async () => {
    const html = await render({ locale: 'de-DE', sourceLocale: 'en-US', sourceHref: '/en-us/a/' });
    expect(html).toMatch(/class="notice notice-mt"/);
    expect(html).not.toContain('nicht mehr aktuell');
    expect(html).not.toContain('Wir können nicht prüfen');
  });
});
