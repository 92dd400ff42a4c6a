import type { ContentProblem } from './content-problem.ts';

// ignoreBOM keeps a byte-order mark in the text, as `readFileSync(path, 'utf8')` does (splitFrontmatter expects it).
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const latin1 = new TextDecoder('windows-1252');

/** What a file that is not UTF-8 most likely is, for the message: a UTF-16 byte-order mark, NUL bytes, or else Latin-1. */
function guessEncoding(bytes: Uint8Array): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return 'UTF-16';
  if (bytes.subarray(0, 8000).includes(0)) return 'binary, not text';
  return 'Latin-1';
}

const decodes = (bytes: Uint8Array, stream: boolean) => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream });
    return true;
  } catch {
    return false;
  }
};

/** The offset of the first byte of the first sequence that is not valid UTF-8, by bisecting on the valid prefixes. */
function firstInvalidByte(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (decodes(bytes.subarray(0, mid), true)) low = mid;
    else high = mid - 1;
  }
  // The longest valid prefix may end inside the bad sequence (a lead byte waiting for its continuation): step back to its start.
  for (let start = low; start >= Math.max(0, low - 3); start--) if (decodes(bytes.subarray(0, start), false)) return start;
  return low;
}

/**
 * Decodes a content file as strict UTF-8, or says where it is not and what it looks like:
 * `decodeContentText('content/fr-FR/a.mdx', latin1Bytes)` → `{ problem: { line: 7, message: 'this file is not UTF-8 (looks like Latin-1); convert it', found: '"R\u00e9soudre …"', … } }`.
 */
export function decodeContentText(path: string, bytes: Uint8Array): { text: string } | { problem: ContentProblem } {
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    const encoding = guessEncoding(bytes);
    const bad = firstInvalidByte(bytes);
    const line = bytes.subarray(0, bad).filter((b) => b === 0x0a).length + 1;
    const lineStart = bytes.lastIndexOf(0x0a, bad - 1) + 1;
    const lineEnd = bytes.indexOf(0x0a, bad);
    const shown = latin1.decode(bytes.subarray(lineStart, lineEnd === -1 ? Math.min(bytes.length, lineStart + 80) : Math.min(lineEnd, lineStart + 80))).trim();
    const fix = encoding === 'Latin-1'
      ? `re-save it as UTF-8 in your editor, or run: iconv -f windows-1252 -t utf-8 '${path}' > tmp && mv tmp '${path}'`
      : encoding === 'UTF-16' ? `re-save it as UTF-8, or run: iconv -f utf-16 -t utf-8 '${path}' > tmp && mv tmp '${path}'` : 'remove it: only articles (.mdx) and images under <locale>/media/ belong in the content folder';
    return {
      problem: {
        file: path,
        line: encoding === 'Latin-1' ? line : undefined,
        field: 'encoding',
        message: `this file is not UTF-8 (looks ${encoding === 'binary, not text' ? 'binary, not text' : `like ${encoding}`}); convert it`,
        found: encoding === 'Latin-1' ? `byte 0x${bytes[bad].toString(16).toUpperCase()} in ${JSON.stringify(shown)} (read as Latin-1)` : undefined,
        fix,
        rule: 'not-utf8',
      },
    };
  }
}
