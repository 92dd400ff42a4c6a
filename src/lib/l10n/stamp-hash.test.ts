import { describe, expect, it } from 'vitest';
import { stampHash } from './stamp-hash.ts';

const hash = 'ed894eb6780347d0b4764473c098171b227718dc945e4380291f09353b6078b6';

describe('stampHash', () => {
  it('rewrites only the ms.openlocfilehash line and keeps every other byte', () => {
    const before = '---\ntitle: A\nms.openlocfilehash: 9d81\nms.translationtype: MT\n---\nms.openlocfilehash: in the body\n';
    expect(stampHash(before, hash)).toBe(before.replace('9d81', hash));
  });

  it('keeps Windows line endings', () => {
    const before = '---\r\ntitle: A\r\nms.openlocfilehash: 9d81\r\n---\r\nBody\r\n';
    expect(stampHash(before, hash)).toBe(`---\r\ntitle: A\r\nms.openlocfilehash: ${hash}\r\n---\r\nBody\r\n`);
  });

  it('adds the line at the end of the frontmatter when the file has none', () => {
    expect(stampHash('---\ntitle: A\n---\nBody\n', hash)).toBe(`---\ntitle: A\nms.openlocfilehash: ${hash}\n---\nBody\n`);
  });

  it('refuses a file without frontmatter', () => {
    expect(() => stampHash('# Just a body\n', hash)).toThrow(/frontmatter block/);
  });
});
