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
const anchorPattern = /<a\s+name=["']([^"']+)["']\s*>\s*<\/a>/;
const fencePattern = /^\s*(```|~~~)/;

/**
 * The ATX headings of a Markdown/MDX text, skipping fenced code:
 * `## <a name="error-message"></a>I see an error` → `{ depth: 2, id: 'error-message', text: 'I see an error' }`.
 * `firstLine` is the file line of `text`'s first line, so lines point into the whole file.
 */
export function getSourceHeadings(text: string, firstLine = 1): SourceHeading[] {
  const headings: SourceHeading[] = [];
  let fence: string | undefined;
  text.split(/\r?\n/).forEach((line, index) => {
    const fenceMatch = fencePattern.exec(line);
    if (fenceMatch) fence = fence === undefined ? fenceMatch[1] : fence === fenceMatch[1] ? undefined : fence;
    if (fence !== undefined) return;
    const match = headingPattern.exec(line);
    if (!match) return;
    const anchor = anchorPattern.exec(match[2]);
    headings.push({
      depth: match[1].length,
      id: anchor?.[1],
      text: match[2].replace(anchorPattern, '').trim(),
      line: firstLine + index,
    });
  });
  return headings;
}
