import type { Locale } from './locales.ts';
import enUS from './ui/en-US.ts';
import frFR from './ui/fr-FR.ts';
import deDE from './ui/de-DE.ts';
import esES from './ui/es-ES.ts';
import jaJP from './ui/ja-JP.ts';
import arSA from './ui/ar-SA.ts';

/** A UI string key, as defined by the source locale's dictionary (e.g. `'article.inThisArticle'`). */
export type UiKey = keyof typeof enUS;

/** One locale's UI strings: every key of the source dictionary, nothing else. */
export type UiDictionary = Record<UiKey, string>;

/** Every shipped locale's dictionary. A locale missing here fails the type check and a unit test. */
export const dictionaries: Record<Locale, UiDictionary> = {
  'en-US': enUS,
  'fr-FR': frFR,
  'de-DE': deDE,
  'es-ES': esES,
  'ja-JP': jaJP,
  'ar-SA': arSA,
};

/** Fills `{name}` placeholders: `formatMessage('Hi {who}', { who: 'Ana' })` → `'Hi Ana'`. */
export function formatMessage(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** A translator bound to one locale: `createTranslator('fr-FR')('home.title')` → `'Centre d’aide'`. */
export function createTranslator(locale: Locale) {
  const dictionary = dictionaries[locale];
  return (key: UiKey, values?: Record<string, string | number>): string => formatMessage(dictionary[key], values);
}
