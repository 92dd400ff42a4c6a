import { describe, expect, it } from 'vitest';
import { compilesInShard, isInShard, parseShardLocales } from './shard-locales.ts';

describe('parseShardLocales', () => {
  it('builds the whole site when the variable is unset or empty', () => {
    expect(parseShardLocales(undefined)).toBeUndefined();
    expect(parseShardLocales(' , ')).toBeUndefined();
  });

  it('reads codes in any case and spacing, in the order of the locale list, once each', () => {
    expect(parseShardLocales('fr-fr, en-US,FR-FR,sr-latn-rs')).toEqual([
      'en-US',
      'fr-FR',
      'sr-Latn-RS',
    ]);
  });

  it('names the unknown codes and lists the valid ones', () => {
    expect(() => parseShardLocales('fr-FR,xx-YY,en')).toThrow(
      /^POLYHELP_LOCALES: "xx-YY", "en" are not locales of the site; expected a comma-separated list of: en-US, ar-SA, .*zh-TW$/,
    );
    expect(() => parseShardLocales('fr')).toThrow(/"fr" is not a locale of the site/);
  });
});

describe('isInShard', () => {
  it('keeps every locale for the whole site and only the listed ones for a shard', () => {
    expect(isInShard('fr-FR', undefined)).toBe(true);
    expect(isInShard('fr-FR', ['fr-FR'])).toBe(true);
    expect(isInShard('fr-FR', ['de-DE'])).toBe(false);
  });
});

describe('compilesInShard', () => {
  it("compiles the shard's own locales and the source, every locale for the whole site", () => {
    expect(compilesInShard('en-US', ['de-DE'])).toBe(true);
    expect(compilesInShard('de-DE', ['de-DE'])).toBe(true);
    expect(compilesInShard('fr-FR', ['de-DE'])).toBe(false);
    expect(compilesInShard('fr-FR', undefined)).toBe(true);
  });
});
