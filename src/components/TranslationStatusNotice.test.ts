import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import TranslationStatusNotice from './TranslationStatusNotice.astro';

// Vitest renders in dev mode, which annotates elements with their source location: not what is shipped.
const render = async (props: Record<string, unknown>) =>
  (
    await (await AstroContainer.create()).renderToString(TranslationStatusNotice, { props })
  ).replace(/ data-astro-source-(?:file|loc)="[^"]*"/g, '');

describe('TranslationStatusNotice', () => {
  it('tells in the page language that a translation may be outdated, linking to the source', async () => {
    const html = await render({
      locale: 'de-DE',
      kind: 'outdated',
      sourceLocale: 'en-US',
      sourceHref: '/en-us/a/',
    });
    expect(html).toMatch(
      /<aside class="notice notice-outdated" role="note" lang="de-DE" dir="ltr" data-pagefind-ignore>/,
    );
    expect(html).toContain('Diese Übersetzung ist möglicherweise nicht mehr aktuell');
    expect(html).toMatch(
      /<a href="\/en-us\/a\/" hreflang="en-US" data-keep-section>Original auf Englisch lesen<\/a>/,
    );
  });

  it('says when nothing proves the translation matches its source, still linking to it', async () => {
    const html = await render({
      locale: 'fr-FR',
      kind: 'unverified',
      sourceLocale: 'en-US',
      sourceHref: '/en-us/a/',
    });
    expect(html).toMatch(/<aside class="notice notice-unverified" role="note" lang="fr-FR"/);
    expect(html).toContain(
      'Nous ne pouvons pas vérifier que cette traduction correspond encore à l’original',
    );
    expect(html).toMatch(
      /<a href="\/en-us\/a\/" hreflang="en-US" data-keep-section>Lire l’original en anglais<\/a>/,
    );
  });

  it('names both languages when the translation is missing, right to left in Arabic', async () => {
    const html = await render({
      locale: 'ar-SA',
      kind: 'not-translated',
      sourceLocale: 'en-US',
      sourceHref: '/en-us/a/',
    });
    expect(html).toMatch(/role="note" lang="ar-SA" dir="rtl"/);
    expect(html).toContain('غير متوفرة بعد باللغة العربية');
    expect(html).toContain('باللغة الإنجليزية');
    expect(html).not.toContain('<a href');
  });
});
