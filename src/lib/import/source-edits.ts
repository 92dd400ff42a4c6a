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

/** The 1-based line of an offset in a text: `lineAt('a\nb', 2)` → `2`. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
