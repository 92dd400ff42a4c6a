import type { SourceEdit } from './import-notes.ts';

/**
 * Applies non-overlapping edits to a text, so everything not edited stays byte for byte:
 * `applyEdits('a {b}', [{ start: 2, end: 3, text: '\\{' }])` → `'a \\{b}'`.
 * Throws on overlapping edits: two passes claiming the same bytes is a bug, not input to guess about.
 */
export function applyEdits(text: string, edits: SourceEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let cursor = 0;
  for (const edit of sorted) {
    if (edit.start < cursor) throw new Error(`overlapping edits at offset ${edit.start}`);
    out += text.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
  }
  return out + text.slice(cursor);
}
