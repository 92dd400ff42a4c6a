import { describe, expect, it } from 'vitest';
import { applyEdits } from './source-edits.ts';

describe('applyEdits', () => {
  it('applies edits in any order and keeps the rest as written', () => {
    expect(
      applyEdits('a <b> {c}', [
        { start: 6, end: 7, text: '\\{' },
        { start: 2, end: 3, text: '\\<' },
      ]),
    ).toBe('a \\<b> \\{c}');
  });

  it('refuses overlapping edits instead of guessing', () => {
    expect(() =>
      applyEdits('abc', [
        { start: 0, end: 2, text: 'x' },
        { start: 1, end: 3, text: 'y' },
      ]),
    ).toThrow('overlapping edits at offset 1');
  });
});
