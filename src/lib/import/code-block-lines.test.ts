import { describe, expect, it } from 'vitest';
import { codeBlockLines } from './code-block-lines.ts';

const linesOf = (lines: string[]) => codeBlockLines(lines.join('\n'));

describe('codeBlockLines', () => {
  it('marks fences and their content, with backticks or tildes, also in block quotes', () => {
    expect(
      linesOf(['a', '```sh', '# x', '```', 'b', '~~~', 'c', '~~~', '> ```', '> d', '> ```', 'e']),
    ).toEqual([false, true, true, true, false, true, true, true, true, true, true, false]);
  });

  it('closes a fence only with at least as many of the same mark', () => {
    expect(linesOf(['````md', '```', '# x', '~~~~', '```', '`````', '# y'])).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
      false,
    ]);
  });

  it('keeps an unclosed fence open to the end', () => {
    expect(linesOf(['```', 'a', 'b'])).toEqual([true, true, true]);
  });

  it('marks indented code, which a line scan for fences did not see, and not an indented list item', () => {
    expect(linesOf(['Text', '', '    [!INCLUDE[x](x.md)]', '', '- a', '    - b'])).toEqual([
      false,
      false,
      true,
      false,
      false,
      false,
    ]);
  });
});
