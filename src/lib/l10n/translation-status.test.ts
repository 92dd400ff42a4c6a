import { describe, expect, it } from 'vitest';
import { getTranslationStatuses, translationState } from './translation-status.ts';

const locales = ['en-US', 'fr-FR', 'ja-JP'] as const;

describe('translation status', () => {
  it('calls a translation up to date when it recorded the current source hash', () => {
    expect(translationState('abc', { sourceHash: 'abc' })).toBe('up-to-date');
  });

  it('calls a translation outdated when the source changed since it recorded our hash', () => {
    expect(translationState('abc', { sourceHash: 'old', localizationHash: 'abc' })).toBe(
      'outdated',
    );
  });

  it('calls an imported translation unverified: a localization hash not ours proves nothing', () => {
    expect(translationState('abc', { localizationHash: 'f00d' })).toBe('unverified');
  });

  it('accepts a localization hash that equals the source hash as proof', () => {
    expect(translationState('abc', { localizationHash: 'abc' })).toBe('up-to-date');
  });

  it('says so when a translation recorded no hash', () => {
    expect(translationState('abc', {})).toBe('no-hash');
  });

  it('lists every non-source locale for every source article, missing ones included', () => {
    const statuses = getTranslationStatuses(
      [
        { locale: 'en-US', slug: 'b', hash: 'hb' },
        { locale: 'en-US', slug: 'a', hash: 'ha' },
        { locale: 'fr-FR', slug: 'a', sourceHash: 'old' },
        { locale: 'ja-JP', slug: 'a', sourceHash: 'ha' },
      ],
      locales,
      'en-US',
    );
    expect(statuses.map(({ locale, slug, state }) => `${locale}/${slug} ${state}`)).toEqual([
      'fr-FR/a outdated',
      'fr-FR/b missing',
      'ja-JP/a up-to-date',
      'ja-JP/b missing',
    ]);
    expect(statuses[0]).toMatchObject({ sourceHash: 'ha', recordedHash: 'old' });
  });

  it('reports a translation whose source is absent as no-source, and builds no missing entries for it', () => {
    expect(
      getTranslationStatuses(
        [{ locale: 'fr-FR', slug: 'orphan', localizationHash: 'x' }],
        locales,
        'en-US',
      ),
    ).toEqual([
      { locale: 'fr-FR', slug: 'orphan', state: 'no-source', sourceHash: '', recordedHash: 'x' },
    ]);
  });
});
