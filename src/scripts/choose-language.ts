import { locales, type Locale } from '../i18n/locales.ts';
import { localizedPath } from '../i18n/locale-helpers.ts';
import { negotiateLocale } from '../i18n/negotiate-locale.ts';
import { rememberedLocaleKey } from './remembered-locale-key.ts';

/** The locale the reader picked before, if it is still shipped. */
export function getRememberedLocale(): Locale | undefined {
  try {
    const value = localStorage.getItem(rememberedLocaleKey);
    return locales.find((locale) => locale === value);
  } catch {
    return undefined;
  }
}

/** On `/`: sends the reader to the home page of their remembered or preferred language. */
export function chooseLanguage(): void {
  const locale =
    getRememberedLocale() ?? negotiateLocale(navigator.languages ?? [navigator.language]);
  location.replace(localizedPath(locale));
}
