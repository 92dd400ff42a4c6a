import type { Locale } from '../../i18n/locales.ts';
import { closestMatch } from '../closest-match.ts';
import type { ContentProblem } from './content-problem.ts';
import { quoteFound } from './content-problem.ts';
import { readFrontmatterKeys } from './frontmatter-keys.ts';
import { frontmatterFields, frontmatterSchema, optionalTranslationKeys, translationKeys, type Frontmatter, type FrontmatterKey } from './frontmatter-schema.ts';

/** One article file as `checkFrontmatter` needs it: its text, its parsed frontmatter and where it lives. */
export interface FrontmatterInput {
  /** Path of the file, for messages. */
  file: string;
  /** The full text of the file, to find each key's line. */
  text: string;
  /** The frontmatter as parsed from YAML, before validation. */
  data: Record<string, unknown>;
  /** The locale of the folder the file is in. */
  locale: Locale;
  /** Whether that locale is the source locale. */
  isSource: boolean;
  /** Make an unknown key an error instead of a warning (`--strict`). */
  strict?: boolean;
}

/**
 * Validates an article's frontmatter against the schema and the locale rules
 * (translation keys only on translations, `ms.contentlocale` equal to the folder).
 * Returns the normalized data when there is no problem. A key the schema does not know is a warning
 * (rule `unknown-key`): real corpora carry keys we never saw, and the file keeps them; `strict` makes it a problem.
 */
export function checkFrontmatter(input: FrontmatterInput): { data?: Frontmatter; problems: ContentProblem[]; warnings: ContentProblem[] } {
  const { file, text, data, locale, isSource } = input;
  const known = Object.keys(frontmatterFields);
  const keys = readFrontmatterKeys(text);
  const at = (field: string) => ({ file, line: keys.get(field)?.line, field });
  // Quote what the author wrote, not what YAML made of it (it turns 2021-13-45 into a valid 2022 date).
  const foundOf = (field: string) => {
    const written = keys.get(field)?.written;
    return written ? JSON.stringify(written.replace(/^(["'])(.*)\1$/, '$2')) : quoteFound(data[field]);
  };
  const problems: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];

  for (const key of Object.keys(data).filter((key) => !known.includes(key))) {
    const suggestion = closestMatch(key, known);
    (input.strict ? problems : warnings).push({
      ...at(key),
      rule: 'unknown-key',
      message: input.strict ? 'unknown key (--strict)' : 'unknown key: kept in the file, not used by the site',
      fix: suggestion ? `did you mean \`${suggestion}\`?` : 'remove it, or add it to src/lib/content/frontmatter-schema.ts if the site should use it',
    });
  }

  const result = frontmatterSchema.safeParse(data);
  if (!result.success) {
    const seen = new Set<string>();
    for (const issue of result.error.issues) {
      const key = String(issue.path[0]) as FrontmatterKey;
      if (seen.has(key)) continue;
      seen.add(key);
      problems.push({ ...at(key), message: `expected ${frontmatterFields[key].expected}`, found: foundOf(key) });
    }
  }

  for (const key of translationKeys) {
    if (isSource && key in data) {
      problems.push({ ...at(key), message: `must not be set in the source locale (${locale}): it belongs to translations`, found: foundOf(key), fix: `remove \`${key}\`` });
    } else if (!isSource && !(key in data)) {
      problems.push({ file, line: 1, field: key, message: `a translation must carry it: expected ${frontmatterFields[key].expected}`, found: 'nothing', fix: `add \`${key}:\` to the frontmatter` });
    }
  }
  for (const key of optionalTranslationKeys.filter((key) => isSource && key in data)) {
    problems.push({ ...at(key), message: `must not be set in the source locale (${locale}): it belongs to translations`, found: foundOf(key), fix: `remove \`${key}\`` });
  }
  const contentLocale = data['ms.contentlocale'];
  if (!isSource && contentLocale !== undefined && contentLocale !== locale) {
    problems.push({ ...at('ms.contentlocale'), message: `expected ${locale}, the locale of the folder the file is in`, found: foundOf('ms.contentlocale'), fix: `set \`ms.contentlocale: ${locale}\` or move the file to content/${String(contentLocale)}/` });
  }

  return { data: problems.length === 0 && result.success ? result.data : undefined, problems, warnings };
}
