/** An input file's text, or why it cannot be read as UTF-8, said for a person. */
export type DecodedInput =
  { text: string } | { problem: { line: number; message: string; fix: string } };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes a file as UTF-8 and refuses anything else rather than guess (a wrong guess garbles every accent):
 * `decodeInput(Buffer.from('R\xe9soudre', 'latin1'))` → `{ problem: { line: 1, message: 'this file is not UTF-8 (looks like Latin-1 or Windows-1252: byte 0xe9 …' } }`.
 */
export function decodeInput(bytes: Uint8Array): DecodedInput {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      problem: {
        line: 1,
        message: 'this file is UTF-16, not UTF-8',
        fix: 'convert it, e.g. iconv -f UTF-16 -t UTF-8 in.md > out.md, and import again',
      },
    };
  }
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    const bad = firstInvalidByte(bytes);
    const line = bytes.subarray(0, bad).reduce((count, byte) => count + (byte === 0x0a ? 1 : 0), 1);
    const hex = `0x${bytes[bad].toString(16).padStart(2, '0')}`;
    return {
      problem: {
        line,
        message: `this file is not UTF-8 (looks like Latin-1 or Windows-1252: byte ${hex} is not valid UTF-8)`,
        fix: 'convert it, e.g. iconv -f WINDOWS-1252 -t UTF-8 in.md > out.md, check the accents, and import again',
      },
    };
  }
}

/** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index];
    const length =
      byte < 0x80
        ? 1
        : byte >= 0xc2 && byte <= 0xdf
          ? 2
          : byte >= 0xe0 && byte <= 0xef
            ? 3
            : byte >= 0xf0 && byte <= 0xf4
              ? 4
              : 0;
    if (length === 0) return index;
    for (let next = 1; next < length; next++)
      if ((bytes[index + next] & 0xc0) !== 0x80) return index;
    index += length;
  }
  return Math.max(0, bytes.length - 1);
}
