import type { Locale } from '../../i18n/locales.ts';
import { isLocale, pathSegmentToLocale } from '../../i18n/locale-helpers.ts';

/**
 * A URL-safe slug from a file name, dropping the extension and a locale suffix:
 * `fileNameToSlug('Troubleshoot SSPR – Admin\u200b.fr-FR.md')` → `'troubleshoot-sspr-admin'`.
 */
export function fileNameToSlug(fileName: string): string {
  return stripLocaleSuffix(fileName.replace(/\.(?:md|mdx|markdown)$/i, ''))
    .normalize('NFKD')
    .replace(/[\u200b-\u200d\u2060\ufeff\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '') // "can't" → "cant", not "can-t"
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A language-region tag, with a script between when there is one: `fr-FR`, `sr-Latn-RS`, `es-419`. */
const localeTag = '[a-z]{2,3}(?:-[a-z]{4})?-(?:[a-z]{2}|[0-9]{3})';

/** The article name without a trailing locale: `stripLocaleSuffix('reset.fr-FR')` → `'reset'`. */
export function stripLocaleSuffix(name: string): string {
  const match = new RegExp(`^(.+)\\.(${localeTag})$`, 'i').exec(name);
  return match && pathSegmentToLocale(match[2]) ? match[1] : name;
}

/** What can tell an article's locale, strongest first. */
export interface LocaleClues {
  /** `--locale` on the command line. */
  option?: string;
  /** `ms.contentlocale` in the frontmatter. */
  contentLocale?: unknown;
  /** The file name, for a `.fr-FR.md` suffix. */
  fileName: string;
  /** The name of the folder the file is in. */
  folder: string;
}

/**
 * The article's locale: `--locale`, else `ms.contentlocale`, else a locale suffix in the file name, else the
 * folder name, any letter case (`fr-fr/` → `fr-FR`). Returns what was found when it is not a shipped locale.
 */
export function resolveLocale(clues: LocaleClues): {
  locale?: Locale;
  found?: string;
  from?: string;
} {
  const suffix = new RegExp(`\\.(${localeTag})\\.[a-z]+$`, 'i').exec(clues.fileName)?.[1];
  const candidates: Array<[string | undefined, string]> = [
    [clues.option, '--locale'],
    [typeof clues.contentLocale === 'string' ? clues.contentLocale : undefined, 'ms.contentlocale'],
    [suffix, 'the file name'],
    [
      new RegExp(`^${localeTag}$`, 'i').test(clues.folder) ? clues.folder : undefined,
      'the folder name',
    ],
  ];
  const [found, from] = candidates.find(([value]) => value) ?? [];
  if (!found) return {};
  const locale = isLocale(found) ? found : pathSegmentToLocale(found);
  return locale ? { locale, from } : { found, from };
}

/** Where an imported article goes, or why it cannot go anywhere. */
export type ArticleLocation =
  | { locale: Locale; slug: string; slugChangedFrom?: string }
  | { problem: { message: string; found?: string; fix: string } };

/**
 * Finds an article's locale and slug from its path, frontmatter and `--locale`:
 * `locateArticle('fr-fr/Reset Password.md', {}, undefined)` → `{ locale: 'fr-FR', slug: 'reset-password', slugChangedFrom: 'Reset Password' }`.
 */
export function locateArticle(
  path: string,
  data: Record<string, unknown> | undefined,
  option: string | undefined,
): ArticleLocation {
  const parts = path.split(/[\\/]/);
  const fileName = parts[parts.length - 1];
  // The nearest folder that names a locale: an article may sit in a subfolder of `fr-fr/`.
  const folders = parts.slice(0, -1).reverse();
  const folder =
    folders.find((name) => pathSegmentToLocale(name)) ??
    folders.find((name) => /^[a-z]{2,3}-[a-z]{2,4}$/i.test(name)) ??
    '';
  const resolved = resolveLocale({
    option,
    contentLocale: data?.['ms.contentlocale'],
    fileName,
    folder,
  });
  if (!resolved.locale) {
    return {
      problem: resolved.found
        ? {
            message: `locale from ${resolved.from} is not one the site ships`,
            found: JSON.stringify(resolved.found),
            fix: 'pass --locale with a shipped locale, or add the locale to src/i18n/locales.ts with a dictionary',
          }
        : {
            message: 'cannot tell the locale',
            found: 'no --locale, ms.contentlocale, locale suffix or locale folder',
            fix: 'pass --locale xx-XX',
          },
    };
  }
  const written = stripLocaleSuffix(fileName.replace(/\.(?:md|mdx|markdown)$/i, ''));
  const slug = fileNameToSlug(fileName);
  if (!slug)
    return {
      problem: {
        message: 'the file name gives an empty slug',
        found: JSON.stringify(fileName),
        fix: 'rename the file with letters or digits',
      },
    };
  return slug === written
    ? { locale: resolved.locale, slug }
    : { locale: resolved.locale, slug, slugChangedFrom: written };
}
