import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bodyHash, fileSourceHash } from './source-hash.ts';

describe('source hash', () => {
  it('is the SHA-256 hex of the body, matching a known digest', () => {
    expect(bodyHash('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('hashes only what follows the frontmatter, so metadata edits do not change it', () => {
    const a = fileSourceHash('---\ntitle: A\nms.date: 03/04/2021\n---\n# A\n');
    const b = fileSourceHash('---\ntitle: Another title\n---\n# A\n');
    expect(a).toBe(b);
    expect(a).toBe(bodyHash('# A\n'));
  });

  it('changes when one character of the body changes', () => {
    expect(fileSourceHash('---\ntitle: A\n---\n# A\n')).not.toBe(
      fileSourceHash('---\ntitle: A\n---\n# B\n'),
    );
  });

  it('gives the hash the shipped up-to-date translations record for the en-US article', () => {
    const source = readFileSync('content/en-US/troubleshoot-sspr.mdx', 'utf8');
    const german = readFileSync('content/de-DE/troubleshoot-sspr.mdx', 'utf8');
    const recorded = /^ms\.openlocfilehash: (\w+)$/m.exec(german)?.[1];
    expect(fileSourceHash(source)).toBe(recorded);
  });
});
