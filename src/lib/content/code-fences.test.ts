import { describe, expect, it } from 'vitest';
import { getFencedLines } from './code-fences.ts';

describe('getFencedLines', () => {
  it('marks fences and their content, with backticks or tildes, also in block quotes', () => {
    expect(getFencedLines(['a', '```sh', '# x', '```', 'b', '~~~', 'c', '~~~', '> ```', '> d', '> ```', 'e'])).toEqual([false, true, true, true, false, true, true, true, true, true, true, false]);
  });

  it('closes a fence only with at least as many of the same mark', () => {
    expect(getFencedLines(['````md', '```', '# x', '~~~~', '```', '`````', '# y'])).toEqual([true, true, true, true, true, true, false]);
  });

  it('keeps an unclosed fence open to the end', () => {
    expect(getFencedLines(['```', 'a', 'b'])).toEqual([true, true, true]);
  });
});
