import { z } from 'astro/zod';
import { usDateToDate } from './us-date.ts';

/**
 * A date as Microsoft Docs writes it (`MM/DD/YYYY` or `M/D/YYYY`), parsed to a UTC `Date`. YAML's own
 * dates are refused: it silently rolls impossible ones over (2021-13-45 becomes a 2022 date).
 */
const usDate = z.string().transform((value, ctx) => {
  const date = usDateToDate(value);
  if (!date) ctx.addIssue({ code: 'custom', message: 'not a date' });
  return date ?? z.NEVER;
});

/** Empty means absent: `ms.date:` and `ms.date: ""` both leave the date unset, as Docs treats them. */
const emptyToAbsent = (value: unknown) => (value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value);

/** A scalar or a list of scalars, always out as a list of strings: `"6128"` → `['6128']`, empty → `[]`. */
const stringList = z
  .union([z.array(z.union([z.string(), z.number()])), z.string(), z.number(), z.null()])
  .transform((value) => (value === null ? [] : Array.isArray(value) ? value : [value]).map(String).filter((s) => s.trim() !== ''));

const text = z.string().trim().min(1);

/** `ROBOTS` directives, normalized to lower case: `'NOINDEX, NOFOLLOW'` → `['noindex', 'nofollow']`. */
const robots = z
  .string()
  .transform((value) => value.split(',').map((token) => token.trim().toLowerCase()).filter(Boolean))
  .pipe(z.array(z.enum(['index', 'noindex', 'follow', 'nofollow', 'none', 'all', 'noarchive', 'nosnippet', 'noimageindex'])));

/**
 * Every frontmatter key Polyhelp understands, with the schema that validates and normalizes it
 * and the words an error uses to say what was expected. The keys are those of Microsoft Docs metadata.
 */
export const frontmatterFields = {
  title: { schema: text, expected: 'a non-empty title' },
  description: { schema: text.optional(), expected: 'a one-sentence summary' },
  'ms.author': { schema: text.optional(), expected: 'an author alias, e.g. v-aiyengar' },
  author: { schema: text.optional(), expected: 'a GitHub user name' },
  manager: { schema: text.optional(), expected: 'a manager alias' },
  'ms.reviewer': { schema: z.preprocess(emptyToAbsent, text.optional()), expected: 'a reviewer alias (or empty)' },
  // Optional: 40% of the real corpus has no date, and a page without one shows none rather than an invented one.
  'ms.date': { schema: z.preprocess(emptyToAbsent, usDate.optional()), expected: 'a date as MM/DD/YYYY or M/D/YYYY, e.g. 03/04/2021 (or empty)' },
  'ms.topic': { schema: text.optional(), expected: 'a topic type, e.g. article' },
  'ms.audience': { schema: text.optional(), expected: 'an audience, e.g. Admin' },
  audience: { schema: text.optional(), expected: 'an audience, e.g. Admin (the older spelling of ms.audience, read as it)' },
  'ms.service': { schema: text.optional(), expected: 'a service name, e.g. o365-administration' },
  'ms.prod': { schema: text.optional(), expected: 'a product name, e.g. office-365' },
  'ms.assetid': { schema: stringList.optional(), expected: 'an asset id (GUID), a list of them, or empty' },
  'search.appverid': { schema: stringList.optional(), expected: 'an app version id or a list of them' },
  ROBOTS: { schema: robots.optional(), expected: 'robots directives, e.g. NOINDEX, NOFOLLOW' },
  localization_priority: { schema: text.optional(), expected: 'a priority, e.g. Normal' },
  'ms.collection': { schema: stringList.optional(), expected: 'a collection name or a list of them' },
  'ms.custom': { schema: stringList.optional(), expected: 'a value or a list of values, e.g. - "6128"' },
  // Provenance from the source's localization system (SHA-1 or SHA-256 of something we cannot recompute): kept
  // verbatim, never compared with our hashes except for equality. Freshness is proved by `polyhelp.sourcehash`.
  'ms.openlocfilehash': { schema: z.string().regex(/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i).optional(), expected: 'a localization hash of 40 or 64 hex digits' },
  'polyhelp.sourcehash': { schema: z.string().regex(/^[0-9a-f]{64}$/).optional(), expected: 'the SHA-256 of the source body this translation matches, 64 lower-case hex digits (written by npm run import and npm run l10n:stamp)' },
  'ms.sourcegitcommit': { schema: z.string().regex(/^[0-9a-f]{40}$/).optional(), expected: 'a git commit, 40 hex digits' },
  'ms.translationtype': { schema: z.enum(['MT', 'HT']).optional(), expected: 'MT (machine) or HT (human)' },
  'ms.contentlocale': { schema: z.string().optional(), expected: "the folder's locale, e.g. fr-FR" },
  'ms.lasthandoff': { schema: usDate.optional(), expected: 'a date as MM/DD/YYYY, e.g. 08/05/2021' },
  'ms.locfileid': { schema: z.union([z.string(), z.number()]).transform(String).optional(), expected: 'a localization file id, e.g. "54038956"' },
} as const;

/** The keys a translation must carry and the source locale must not. */
export const translationKeys = [
  'ms.openlocfilehash',
  'ms.sourcegitcommit',
  'ms.translationtype',
  'ms.contentlocale',
  'ms.lasthandoff',
  'ms.locfileid',
] as const satisfies readonly FrontmatterKey[];

/** Keys only a translation may carry, but need not: the source body hash it was imported or stamped against. */
export const optionalTranslationKeys = ['polyhelp.sourcehash'] as const satisfies readonly FrontmatterKey[];

/** A frontmatter key, e.g. `'ms.custom'`. */
export type FrontmatterKey = keyof typeof frontmatterFields;

type Shape = { [K in FrontmatterKey]: (typeof frontmatterFields)[K]['schema'] };

/**
 * The article frontmatter schema: validates and normalizes (dates parsed, lists expanded, `audience` read as
 * `ms.audience` when that is not set). Keys it does not know are left out of the data; the content check warns.
 */
export const frontmatterSchema = z
  .object(Object.fromEntries(Object.entries(frontmatterFields).map(([key, field]) => [key, field.schema])) as Shape)
  .transform(({ audience, ...data }) => ({ ...data, 'ms.audience': data['ms.audience'] ?? audience }));

/** Article frontmatter after normalization. */
export type Frontmatter = z.output<typeof frontmatterSchema>;
