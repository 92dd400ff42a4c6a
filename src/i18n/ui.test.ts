import { describe, expect, it } from 'vitest';
import { locales } from './locales.ts';
import { createTranslator, dictionaries, formatMessage } from './ui.ts';

const sourceKeys = Object.keys(dictionaries['en-US']).sort();
const placeholdersOf = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI dictionaries', () => {
  it.each(locales)('%s has exactly the keys of the source dictionary', (locale) => {
    expect(Object.keys(dictionaries[locale]).sort()).toEqual(sourceKeys);
  });

  it.each(locales)('%s keeps every {placeholder} of the source string', (locale) => {
    for (const key of sourceKeys as (keyof (typeof dictionaries)['en-US'])[]) {
      expect(placeholdersOf(dictionaries[locale][key]), `${locale} ${key}`).toEqual(placeholdersOf(dictionaries['en-US'][key]));
    }
  });

  /** Strings that are rightly the same as English in a language: brand names and true cognates. */
  const sameAsEnglish: Record<string, string[]> = { 'fr-FR': ['callout.important'], 'es-ES': ['feedback.no'] };

  it.each(locales.filter((l) => l !== 'en-US'))('%s is translated, not a copy of English', (locale) => {
    const allowed = ['site.name', ...(sameAsEnglish[locale] ?? [])];
    const same = sourceKeys.filter((key) => dictionaries[locale][key as 'site.name'] === dictionaries['en-US'][key as 'site.name'] && !allowed.includes(key));
    expect(same).toEqual([]);
  });
});

describe('formatMessage', () => {
  it('fills named placeholders and leaves unknown ones visible', () => {
    expect(formatMessage('{a} and {b}', { a: 'x' })).toBe('x and {b}');
  });

  it('translates through the locale dictionary', () => {
    expect(createTranslator('fr-FR')('article.lastUpdated', { date: '4 mars 2021' })).toBe('Dernière mise à jour le 4 mars 2021');
  });
});
