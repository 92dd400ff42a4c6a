import { readFileSync } from 'node:fs';
import { checkContent, type ContentFile } from '../src/lib/content/content-check.ts';
import { formatProblems } from '../src/lib/content/content-problem.ts';

/** The shipped en-US and fr-FR articles: real, valid files to break one rule at a time in tests. */
export const enUS: ContentFile = {
  path: 'content/en-US/troubleshoot-sspr.mdx',
  text: readFileSync('content/en-US/troubleshoot-sspr.mdx', 'utf8'),
};
export const frFR: ContentFile = {
  path: 'content/fr-FR/troubleshoot-sspr.mdx',
  text: readFileSync('content/fr-FR/troubleshoot-sspr.mdx', 'utf8'),
};

/** A copy of `file` with one exact piece of text replaced (fails loudly if the text is not there). */
export function edit(file: ContentFile, from: string, to: string, path = file.path): ContentFile {
  if (!file.text.includes(from)) throw new Error(`fixture text not found: ${from}`);
  return { path, text: file.text.replace(from, to) };
}

/** The whole content report for a set of files, as the build prints it. */
export function reportFor(...files: ContentFile[]): string {
  return formatProblems(checkContent(files).problems);
}
