import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { locales, type Locale } from '../src/i18n/locales.ts';

/** The article whose words, per locale, the generated corpus is written with. */
const seedSlug = 'troubleshoot-sspr';

/**
 * The locales that have the seed article in `contentDir`, in locale order, with its text: a generated
 * corpus can only be written in those. `readSeedArticles().locales` → `['en-US', 'ar-SA', 'de-DE', …]`.
 */
export function readSeedArticles(contentDir = 'content'): {
  locales: Locale[];
  seeds: Partial<Record<Locale, string>>;
} {
  const seeded = locales.filter((locale) =>
    existsSync(join(contentDir, locale, `${seedSlug}.mdx`)),
  );
  return {
    locales: seeded,
    seeds: Object.fromEntries(
      seeded.map((locale) => [
        locale,
        readFileSync(join(contentDir, locale, `${seedSlug}.mdx`), 'utf8'),
      ]),
    ),
  };
}
