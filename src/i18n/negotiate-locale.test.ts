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
    expect(negotiateLocale(['pt-BR', 'es-MX', 'fr-FR'])).toBe('es-ES');
  });

  it('skips tags that are not valid BCP 47', () => {
    expect(negotiateLocale(['not a tag!', 'ar'])).toBe('ar-SA');
  });

  it('ends with the source locale when nothing matches', () => {
    expect(negotiateLocale(['pt-BR', 'zh-Hans'])).toBe('en-US');
  });

  it('only offers the locales it is given', () => {
    expect(negotiateLocale(['fr-CA', 'ja'], ['en-US', 'ja-JP'])).toBe('ja-JP');
  });
});
