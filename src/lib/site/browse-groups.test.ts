import { describe, expect, it } from 'vitest';
import {
  groupByLetter,
  groupByTopic,
  letterToKey,
  splitLargeGroups,
  type BrowseGroup,
  slugToTopic,
  titleToLetter,
  type BrowseItem,
} from './browse-groups.ts';

const item = (slug: string, title: string): BrowseItem => ({
  slug,
  title,
  content: { locale: 'en-US', slug },
});
const labels = (groups: { label: string; items: BrowseItem[] }[]) =>
  groups.map((group) => `${group.label}:${group.items.map((i) => i.slug).join(',')}`);

describe('titleToLetter', () => {
  it('files a title under its first grapheme in upper case, and a title starting with no letter under #', () => {
    expect(titleToLetter('élan', 'fr-FR')).toBe('É');
    expect(titleToLetter('istanbul', 'tr-TR')).toBe('İ');
    expect(titleToLetter('365 apps', 'en-US')).toBe('#');
    expect(titleToLetter('ファイル', 'ja-JP')).toBe('フ');
  });
});

describe('letterToKey', () => {
  it('keeps ASCII letters, spells others by code point and # as other', () => {
    expect([letterToKey('A'), letterToKey('É'), letterToKey('#')]).toEqual(['a', 'u00c9', 'other']);
  });
});

describe('groupByLetter', () => {
  it('puts letters the locale counts as one together, in its alphabet order, with # last', () => {
    const items = [
      item('e2', 'Été'),
      item('e1', 'erreur'),
      item('n', '2 étapes'),
      item('a', 'Accès'),
    ];
    expect(labels(groupByLetter(items, 'fr-FR'))).toEqual(['A:a', 'E:e1,e2', '#:n']);
  });

  it('keeps letters apart that the locale alphabet separates: Å after Z in Swedish', () => {
    expect(
      labels(
        groupByLetter([item('aa', 'Åtkomst'), item('a', 'Anslut'), item('z', 'Zon')], 'sv-SE'),
      ),
    ).toEqual(['A:a', 'Z:z', 'Å:aa']);
  });
});

describe('groupByTopic', () => {
  it('groups by the slug folder and leaves top-level articles out', () => {
    const items = [
      item('billing/b', 'B'),
      item('top', 'Top'),
      item('billing/a', 'A'),
      item('access/x', 'X'),
    ];
    expect(labels(groupByTopic(items, 'en-US'))).toEqual([
      'access:access/x',
      'billing:billing/a,billing/b',
    ]);
  });

  it('reads the topic of a slug from its first folder only', () => {
    expect([slugToTopic('a/b/c'), slugToTopic('c')]).toEqual(['a', undefined]);
  });
});

describe('splitLargeGroups', () => {
  const item = (title: string) => ({
    slug: title.toLowerCase(),
    title,
    content: { locale: 'en-US' as const, slug: title },
  });
  const letterS: BrowseGroup = {
    family: 'letter',
    key: 's',
    label: 'S',
    items: ['Sa', 'Sb', 'Sc', 'Sd', 'Se', 'Sf', 'Sg'].map((prefix) => item(`${prefix}ample`)),
  };

  it('cuts a group larger than the page size into parts the home links one by one, each labelled by its range', () => {
    const parts = splitLargeGroups([letterS], 'en-US', 3);
    expect(parts.map((part) => [part.key, part.label, part.items.length])).toEqual([
      ['s', 'Sa–Sc', 3],
      ['s-2', 'Sd–Sf', 3],
      ['s-3', 'Sg', 1],
    ]);
    expect(parts.flatMap((part) => part.items)).toEqual(letterS.items);
  });

  it('leaves a group within the page size whole, and names a topic part after its topic', () => {
    expect(splitLargeGroups([letterS], 'en-US', 7)).toEqual([letterS]);
    const topic = { ...letterS, family: 'topic' as const, key: 'billing', label: 'Billing' };
    expect(splitLargeGroups([topic], 'en-US', 4).map((part) => part.label)).toEqual([
      'Billing (Sa–Sd)',
      'Billing (Se–Sg)',
    ]);
  });
});
