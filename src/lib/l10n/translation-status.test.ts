import { describe, expect, it } from 'vitest';
import { getTranslationStatuses, translationState } from './translation-status.ts';

const locales = ['en-US', 'fr-FR', 'ja-JP'] as const;

describe('translation status', () => {
  it('calls a translation up to date when it recorded the current source hash', () => {
    expect(translationState('abc', 'abc')).toBe('up-to-date');
  });

  it('calls a translation outdated when the source changed since', () => {
    expect(translationState('abc', 'old')).toBe('outdated');
  });

  it('says so when a translation recorded no hash', () => {
    expect(translationState('abc', undefined)).toBe('no-hash');
  });

  it('lists every non-source locale for every source article, missing ones included', () => {
    const statuses = getTranslationStatuses(
      [
        { locale: 'en-US', slug: 'b', hash: 'hb' },
        { locale: 'en-US', slug: 'a', hash: 'ha' },
        { locale: 'fr-FR', slug: 'a', hash: 'old' },
        { locale: 'ja-JP', slug: 'a', hash: 'ha' },
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

  it('leaves translations without a source out of the report', () => {
    expect(getTranslationStatuses([{ locale: 'fr-FR', slug: 'orphan', hash: 'x' }], locales, 'en-US')).toEqual([]);
  });
});
