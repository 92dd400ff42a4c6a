// Used only where the text must be scanned before it may be parsed (the input limits); everything that can parse reads the MDX tree.
/** An opening or closing code fence, also inside block quotes (`> ```). */
const fencePattern = /^\s*(?:>\s*)*(`{3,}|~{3,})/;

/**
 * For each line, true when it is a code fence or inside a fenced code block. A fence closes only with at least as
 * many of the same mark, so a ```` block can show ``` lines:
 * `getFencedLines(['````md', '```', '# x', '````', '# y'])` → `[true, true, true, true, false]`.
 */
export function getFencedLines(lines: readonly string[]): boolean[] {
  let fence: string | undefined;
  return lines.map((line) => {
    const marks = fencePattern.exec(line)?.[1];
    if (marks === undefined) return fence !== undefined;
    if (fence === undefined) fence = marks;
    else if (marks[0] === fence[0] && marks.length >= fence.length) fence = undefined;
    return true;
  });
}
