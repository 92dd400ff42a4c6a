import { describe, expect, it } from 'vitest';
import { formatProblem } from './content-problem.ts';
import { decodeContentText } from './decode-content-text.ts';

const path = 'content/fr-FR/a.mdx';
const bytes = (...parts: Array<string | number[]>) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('decodeContentText', () => {
  it('decodes UTF-8 and keeps a byte-order mark, as reading with utf8 does', () => {
    expect(decodeContentText(path, bytes('---\ntitle: Résoudre\n---\n'))).toEqual({ text: '---\ntitle: Résoudre\n---\n' });
    expect(decodeContentText(path, bytes([0xef, 0xbb, 0xbf], '---\n'))).toEqual({ text: '\uFEFF---\n' });
  });

  it('refuses Latin-1 with the line, the byte, the text around it and a command that converts it', () => {
    const result = decodeContentText(path, bytes('---\ntitle: A\n---\n# ', [0x52, 0xe9], 'soudre\n'));
    expect('problem' in result && formatProblem(result.problem)).toBe(
      "content/fr-FR/a.mdx:4: encoding: this file is not UTF-8 (looks like Latin-1); convert it, found byte 0xE9 in \"# Résoudre\" (read as Latin-1)\n    fix: re-save it as UTF-8 in your editor, or run: iconv -f windows-1252 -t utf-8 'content/fr-FR/a.mdx' > tmp && mv tmp 'content/fr-FR/a.mdx'",
    );
  });

  it('points at the first bad byte also when a valid multi-byte character comes before it', () => {
    const result = decodeContentText(path, bytes('é\nà\n', [0xe0], ' la\n'));
    expect(result).toMatchObject({ problem: { line: 3, found: 'byte 0xE0 in "à la" (read as Latin-1)' } });
  });

  it('names UTF-16 and binary files for what they are', () => {
    expect(decodeContentText(path, Buffer.from('\uFEFF---\n', 'utf16le'))).toMatchObject({ problem: { message: 'this file is not UTF-8 (looks like UTF-16); convert it', fix: expect.stringContaining('iconv -f utf-16') } });
    expect(decodeContentText(path, bytes([0x00, 0xff, 0x10, 0x80]))).toMatchObject({ problem: { message: 'this file is not UTF-8 (looks binary, not text); convert it' } });
  });
});
