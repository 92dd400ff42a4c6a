import { describe, expect, it } from 'vitest';
import { statusesToReport, statusesToText } from './status-report.ts';
import type { TranslationStatus } from './translation-status.ts';

const statuses: TranslationStatus[] = [
  {
    locale: 'fr-FR',
    slug: 'a',
    state: 'outdated',
    sourceHash: 'ed894eb6780347d0',
    recordedHash: '9d8184efdc60befd',
  },
  { locale: 'fr-FR', slug: 'b', state: 'missing', sourceHash: '1111111111111111' },
  {
    locale: 'ja-JP',
    slug: 'a',
    state: 'up-to-date',
    sourceHash: 'ed894eb6780347d0',
    recordedHash: 'ed894eb6780347d0',
  },
  {
    locale: 'ja-JP',
    slug: 'c',
    state: 'unverified',
    sourceHash: 'ed894eb6780347d0',
    recordedHash: '2d3ef8d405abc1d0',
  },
  { locale: 'ja-JP', slug: 'orphan', state: 'no-source', sourceHash: '' },
];

describe('status report', () => {
  it('groups slugs by locale and state for JSON', () => {
    expect(statusesToReport(statuses)).toEqual({
      'fr-FR': {
        'up-to-date': [],
        outdated: ['a'],
        unverified: [],
        missing: ['b'],
        'no-hash': [],
        'no-source': [],
      },
      'ja-JP': {
        'up-to-date': ['a'],
        outdated: [],
        unverified: ['c'],
        missing: [],
        'no-hash': [],
        'no-source': ['orphan'],
      },
    });
  });

  it('prints counts per locale and both hashes of an outdated translation', () => {
    const text = statusesToText(statuses);
    expect(text).toContain('fr-FR: 0 up to date, 1 outdated, 1 missing');
    expect(text).toContain('outdated   a (recorded 9d8184ef…, source ed894eb6…)');
    expect(text).toContain('ja-JP: 1 up to date, 0 outdated, 1 unverified, 0 missing, 1 no source');
    expect(text).toContain('unverified: the translation carries only a hash from another system');
  });

  it('says when there is nothing to report', () => {
    expect(statusesToText([])).toMatch(/only source-locale articles/);
  });
});
