import type { Locale } from '../../i18n/locales.ts';
import { fileNameToSlug, stripLocaleSuffix } from './article-location.ts';

/** The folder below a locale that holds its images (`<out>/<locale>/media/`): no article may live there. */
export const mediaFolder = 'media';

/**
 * An article's slug from its path inside the folder being imported, keeping subfolders (a locale folder is
 * not part of the slug), each segment URL-safe:
 * `articleSlug('fr-fr/Commercial Dialogues/Recall.md', 'fr-FR')` → `{ slug: 'commercial-dialogues/recall', changedFrom: 'Commercial Dialogues/Recall' }`.
 */
export function articleSlug(
  pathInImport: string,
  locale: Locale,
):
  | { slug: string; changedFrom?: string }
  | { problem: { message: string; found: string; fix: string } } {
  const parts = pathInImport.split(/[\\/]/).filter((part) => part && part !== '.');
  const folders = parts
    .slice(0, -1)
    .filter((folder) => folder.toLowerCase() !== locale.toLowerCase());
  const written = [
    ...folders,
    stripLocaleSuffix((parts.at(-1) ?? '').replace(/\.(?:md|mdx|markdown)$/i, '')),
  ];
  const segments = [
    ...folders.map((folder) => fileNameToSlug(folder)),
    fileNameToSlug(parts.at(-1) ?? ''),
  ];
  if (parts.includes('..') || segments.some((segment) => !segment)) {
    return {
      problem: {
        message: 'the path gives an empty slug segment',
        found: JSON.stringify(pathInImport),
        fix: 'rename the file or folder with letters or digits',
      },
    };
  }
  if (segments.length > 1 && segments[0] === mediaFolder) {
    return {
      problem: {
        message: `articles may not sit in a "${mediaFolder}" folder: it holds each locale's images`,
        found: JSON.stringify(pathInImport),
        fix: 'move the article to another folder',
      },
    };
  }
  const slug = segments.join('/');
  return slug === written.join('/') ? { slug } : { slug, changedFrom: written.join('/') };
}
