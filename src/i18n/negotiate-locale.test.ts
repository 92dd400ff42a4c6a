import { describe, expect, it } from 'vitest';
import { negotiateLocale } from './negotiate-locale.ts';

describe('negotiateLocale', () => {
  it('picks an exact match whatever its case', () => {
    expect(negotiateLocale(['ja-jp'])).toBe('ja-JP');
  });

  it('falls back to the same language in another region: fr-CA gets fr-FR', () => {
    expect(negotiateLocale(['fr-CA'])).toBe('fr-FR');
  });

  it('serves a bare language tag with its regional locale', () => {
    expect(negotiateLocale(['de'])).toBe('de-DE');
  });

  it('follows the order of preference', () => {
    expect(negotiateLocale(['ms-MY', 'es-MX', 'fr-FR'])).toBe('es-ES');
  });

  it('tells Chinese readers apart by script: Traditional gets zh-TW, Simplified zh-CN', () => {
    expect(negotiateLocale(['zh-Hant'])).toBe('zh-TW');
    expect(negotiateLocale(['zh-HK'])).toBe('zh-TW');
    expect(negotiateLocale(['zh-MO'])).toBe('zh-TW');
    expect(negotiateLocale(['zh'])).toBe('zh-CN');
    expect(negotiateLocale(['zh-SG'])).toBe('zh-CN');
    expect(negotiateLocale(['zh-Hans-TW'])).toBe('zh-CN');
  });

  it('gives a bare language its likely locale: pt is Brazilian Portuguese, sr is served in Latin script', () => {
    expect(negotiateLocale(['pt'])).toBe('pt-BR');
    expect(negotiateLocale(['pt-PT'])).toBe('pt-PT');
    expect(negotiateLocale(['sr'])).toBe('sr-Latn-RS');
    expect(negotiateLocale(['sr-Cyrl-RS'])).toBe('sr-Latn-RS');
    expect(negotiateLocale(['sr-Latn'])).toBe('sr-Latn-RS');
  });

  it('serves Norwegian, Bokmål or Nynorsk, with nb-NO', () => {
    expect(negotiateLocale(['nb'])).toBe('nb-NO');
    expect(negotiateLocale(['no'])).toBe('nb-NO');
    expect(negotiateLocale(['no-NO'])).toBe('nb-NO');
    expect(negotiateLocale(['nn-NO'])).toBe('nb-NO');
  });

  it('reads deprecated codes as the platform canonicalizes them: iw is Hebrew, in is Indonesian', () => {
    expect(negotiateLocale(['he'])).toBe('he-IL');
    expect(negotiateLocale(['iw'])).toBe('he-IL');
    expect(negotiateLocale(['iw-IL'])).toBe('he-IL');
    expect(negotiateLocale(['in'])).toBe('id-ID');
  });

  it('skips tags that are not valid BCP 47', () => {
    expect(negotiateLocale(['not a tag!', 'ar'])).toBe('ar-SA');
  });

  it('ends with the source locale when nothing matches', () => {
    expect(negotiateLocale(['ms-MY', 'fil'])).toBe('en-US');
  });

  it('only offers the locales it is given', () => {
    expect(negotiateLocale(['fr-CA', 'ja'], ['en-US', 'ja-JP'])).toBe('ja-JP');
  });
});
