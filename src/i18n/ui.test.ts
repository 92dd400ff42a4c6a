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
      expect(placeholdersOf(dictionaries[locale][key]), `${locale} ${key}`).toEqual(
        placeholdersOf(dictionaries['en-US'][key]),
      );
    }
  });

  /** Strings that are rightly the same as English in a language: brand names and true cognates. */
  const sameAsEnglish: Record<string, string[]> = {
    'fr-FR': ['callout.important'],
    'es-ES': ['feedback.no'],
    'it-IT': ['feedback.no'],
    'ro-RO': ['callout.important'],
    'cs-CZ': ['callout.tip'],
    'da-DK': ['callout.tip'],
    'nl-NL': ['callout.tip'],
    'sk-SK': ['callout.tip'],
  };

  it.each(locales.filter((l) => l !== 'en-US'))(
    '%s is translated, not a copy of English',
    (locale) => {
      const allowed = ['site.name', ...(sameAsEnglish[locale] ?? [])];
      const same = sourceKeys.filter(
        (key) =>
          dictionaries[locale][key as 'site.name'] === dictionaries['en-US'][key as 'site.name'] &&
          !allowed.includes(key),
      );
      expect(same).toEqual([]);
    },
  );
});

/** Locales whose nouns take another form after 2 than after 5 or 21 (`few`, `many`, `two` plural categories). */
const countsInflect = locales.filter((locale) => {
  const rules = new Intl.PluralRules(locale);
  return new Set(Array.from({ length: 199 }, (_, i) => rules.select(i + 2))).size > 1;
});
/** Hebrew's `two` category is for dual nouns; "תוצאות" reads right after any number written in digits. */
const countsInflectExceptions = ['he-IL'];

describe('counted strings', () => {
  it('knows which locales inflect a noun by number: the Slavic and Baltic languages, Arabic, Romanian', () => {
    expect(countsInflect).toEqual(
      expect.arrayContaining([
        'ar-SA',
        'cs-CZ',
        'hr-HR',
        'lt-LT',
        'lv-LV',
        'pl-PL',
        'ro-RO',
        'ru-RU',
        'sk-SK',
        'sl-SI',
        'sr-Latn-RS',
        'uk-UA',
      ]),
    );
    expect(countsInflect).not.toContain('de-DE');
  });

  // Pagefind's Component UI has one string for every count above one, so where the noun after a number
  // changes with it ("2 výsledky", "5 výsledků"), the count stands where no noun depends on it.
  it.each(countsInflect.filter((locale) => !countsInflectExceptions.includes(locale)))(
    '%s puts counts where no noun agrees with them',
    (locale) => {
      for (const key of ['search.count.other', 'search.allResults'] as const) {
        expect(dictionaries[locale][key], `${locale} ${key}`).toMatch(
          /(: \{count\}$|\(\{count\}\))/,
        );
      }
    },
  );
});

describe('formatMessage', () => {
  it('fills named placeholders and leaves unknown ones visible', () => {
    expect(formatMessage('{a} and {b}', { a: 'x' })).toBe('x and {b}');
  });

  it('translates through the locale dictionary', () => {
    expect(createTranslator('fr-FR')('article.lastUpdated', { date: '4 mars 2021' })).toBe(
      'Dernière mise à jour le 4 mars 2021',
    );
  });
});
