import { describe, expect, it } from 'vitest';
import { decodeInput } from './decode-input.ts';

describe('decodeInput', () => {
  it('reads UTF-8, accents and all', () => {
    expect(decodeInput(Buffer.from('---\ntitle: Résoudre\n---\n'))).toEqual({
      text: '---\ntitle: Résoudre\n---\n',
    });
  });

  it('refuses Latin-1 with the line of the first bad byte and how to convert it, never garbling it', () => {
    expect(decodeInput(Buffer.from('---\ntitle: R\xe9soudre\n---\n', 'latin1'))).toEqual({
      problem: {
        line: 2,
        message:
          'this file is not UTF-8 (looks like Latin-1 or Windows-1252: byte 0xe9 is not valid UTF-8)',
        fix: 'convert it, e.g. iconv -f WINDOWS-1252 -t UTF-8 in.md > out.md, check the accents, and import again',
      },
    });
  });

  it('says UTF-16 when the file starts with its byte order mark', () => {
    expect(decodeInput(Buffer.from('\ufefftitle', 'utf16le'))).toMatchObject({
      problem: { line: 1, message: 'this file is UTF-16, not UTF-8' },
    });
  });
});
