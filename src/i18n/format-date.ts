import type { Locale } from './locales.ts';

/**
 * A date as readers of `locale` write it, from the platform's locale data:
 * `formatDate(new Date('2021-03-04'), 'fr-FR')` → `'4 mars 2021'`. Dates are calendar days, so UTC.
 */
export function formatDate(date: Date, locale: Locale): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    formats.set(locale, format);
  }
  return format.format(date);
}

/** One formatter per locale for the whole build: creating one per page cost more than formatting. */
const formats = new Map<Locale, Intl.DateTimeFormat>();

/** The machine-readable form for `<time datetime>`: `'2021-03-04'`. */
export function dateToIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}
