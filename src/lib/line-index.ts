/** Finds the line of an offset in a text, in logarithmic time, for callers that ask for many offsets. */
export interface LineIndex {
  /** The 1-based line holding the character at `offset` (a `\n` belongs to the line it ends); offsets past the end give the last line. */
  lineAt(offset: number): number;
}

/**
 * Indexes where each line of a text starts, once, so each lookup is a binary search:
 * `createLineIndex('a\nb\nc').lineAt(4)` → `3`.
 */
export function createLineIndex(text: string): LineIndex {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  return {
    lineAt(offset: number): number {
      let low = 0;
      let high = lineStarts.length - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (lineStarts[mid] <= offset) low = mid;
        else high = mid - 1;
      }
      return low + 1;
    },
  };
}
