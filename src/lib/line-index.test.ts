import { describe, expect, it } from 'vitest';
import { createLineIndex } from './line-index.ts';

/** The definition: one more than the newlines before the offset. */
const countedLine = (text: string, offset: number) =>
  text.slice(0, Math.max(0, offset)).split('\n').length;

describe('createLineIndex', () => {
  it('counts lines from 1', () => {
    expect(createLineIndex('a\nb\nc').lineAt(4)).toBe(3);
  });

  it('puts a newline on the line it ends and the next character on the next line', () => {
    const index = createLineIndex('ab\ncd\n');
    expect([0, 1, 2, 3, 4, 5, 6].map((offset) => index.lineAt(offset))).toEqual([
      1, 1, 1, 2, 2, 2, 3,
    ]);
  });

  it('gives the last line past the end and line 1 for an empty text', () => {
    expect(createLineIndex('a\nb').lineAt(99)).toBe(2);
    expect(createLineIndex('').lineAt(0)).toBe(1);
  });

  it('agrees with counting newlines at every offset, blank lines and CRLF included', () => {
    const text = '---\r\ntitle: A\r\n---\n\n\n# A\n\ntext\n\n';
    const index = createLineIndex(text);
    for (let offset = 0; offset <= text.length + 1; offset++)
      expect(index.lineAt(offset)).toBe(countedLine(text, offset));
  });
});
