import { describe, expect, it } from 'vitest';
import { contentHash, decideWrite, manifestToText } from './import-manifest.ts';

const bytes = (text: string) => Buffer.from(text);

describe('decideWrite', () => {
  it('creates a new file and leaves identical bytes alone', () => {
    expect(decideWrite(undefined, 'a', undefined, false)).toBe('create');
    expect(decideWrite(bytes('a'), 'a', undefined, false)).toBe('unchanged');
  });

  it('replaces a file the importer wrote and nobody changed since', () => {
    expect(decideWrite(bytes('old'), 'new', contentHash('old'), false)).toBe('update');
  });

  it('refuses to replace a file it did not write, or one edited since, unless forced', () => {
    expect(decideWrite(bytes('hand-written'), 'new', undefined, false)).toBe('conflict');
    expect(decideWrite(bytes('edited'), 'new', contentHash('old'), false)).toBe('conflict');
    expect(decideWrite(bytes('hand-written'), 'new', undefined, true)).toBe('update');
  });
});

describe('manifestToText', () => {
  it('writes one file per line in a stable order', () => {
    expect(manifestToText({ files: { 'fr-FR/b.mdx': '2', 'en-US/a.mdx': '1' } })).toBe(
      '{\n "files": {\n  "en-US/a.mdx": "1",\n  "fr-FR/b.mdx": "2"\n }\n}\n',
    );
  });
});
