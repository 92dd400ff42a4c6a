import { getFencedLines } from './code-fences.ts';

/** A heading of an article source, with its stable id when it carries one. */
export interface SourceHeading {
  depth: number;
  /** The id from the heading's `<a name="…"></a>` anchor, if any. */
  id?: string;
  /** The heading text without the anchor. */
  text: string;
  /** 1-based line in the file. */
  line: number;
}

const headingPattern = /^(#{1,6})[ \t]+(.*?)[ \t#]*$/;
/**
 * A section anchor, `<a name="id"></a>`, with the id in group 1: the one form the content check accepts, so the
 * importer writes only this form and the markup-allowlist check can skip it as inert.
 */
export const sectionAnchorPattern = /<a\s+name=["']([^"'<>]+)["']\s*>\s*<\/a>/;

/**
 * The ATX headings of a Markdown/MDX text, skipping fenced code:
 * `## <a name="error-message"></a>I see an error` → `{ depth: 2, id: 'error-message', text: 'I see an error' }`.
 * `firstLine` is the file line of `text`'s first line, so lines point into the whole file.
 */
export function getSourceHeadings(text: string, firstLine = 1): SourceHeading[] {
  const headings: SourceHeading[] = [];
  const lines = text.split(/\r?\n/);
  const fenced = getFencedLines(lines);
  lines.forEach((line, index) => {
    if (fenced[index]) return;
    const match = headingPattern.exec(line);
    if (!match) return;
    const anchor = sectionAnchorPattern.exec(match[2]);
    headings.push({
      depth: match[1].length,
      id: anchor?.[1],
      text: match[2].replace(sectionAnchorPattern, '').trim(),
      line: firstLine + index,
    });
  });
  return headings;
}
