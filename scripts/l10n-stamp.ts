// `npm run l10n:stamp -- fr-FR/troubleshoot-sspr`: after updating a translation, record the hash of its source as it is now.
import { readFileSync, writeFileSync } from 'node:fs';
import { sourceLocale } from '../src/i18n/locales.ts';
import { getContentDir } from '../src/bindings/content-dir.ts';
import { readContentFiles } from '../src/bindings/read-content-files.ts';
import { contentPathToRef, refToContentPath } from '../src/lib/content/article-catalog.ts';
import { fileSourceHash } from '../src/lib/l10n/source-hash.ts';
import { stampHash } from '../src/lib/l10n/stamp-hash.ts';
import { resolveStampTarget } from '../src/lib/l10n/stamp-target.ts';

const contentDir = getContentDir();
// Misplaced files are the content check's business.
const refs = readContentFiles(process.cwd(), contentDir).flatMap(
  (file) => contentPathToRef(file.path) ?? [],
);
const target = resolveStampTarget(process.argv[2], refs, sourceLocale);
if (typeof target === 'string') {
  console.error(`l10n:stamp: ${target}`);
  process.exit(1);
}
const path = refToContentPath(target, contentDir);
const hash = fileSourceHash(
  readFileSync(refToContentPath({ locale: sourceLocale, slug: target.slug }, contentDir), 'utf8'),
);
const before = readFileSync(path, 'utf8');
const after = stampHash(before, hash);
if (after === before) {
  console.log(`${path}: already records the current source hash ${hash}`);
} else {
  writeFileSync(path, after);
  console.log(`${path}: polyhelp.sourcehash set to ${hash}`);
}
