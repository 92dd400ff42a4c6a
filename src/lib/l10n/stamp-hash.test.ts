import { describe, expect, it } from 'vitest';
import { stampHash } from './stamp-hash.ts';

const hash = 'ed894eb6780347d0b4764473c098171b227718dc945e4380291f09353b6078b6';

describe('stampHash', () => {
  it('rewrites only the polyhelp.sourcehash line and keeps every other byte, ms.openlocfilehash included', () => {
    const before =
      '---\ntitle: A\nms.openlocfilehash: 9d81\npolyhelp.sourcehash: 9d81\nms.translationtype: MT\n---\npolyhelp.sourcehash: in the body\n';
    expect(stampHash(before, hash)).toBe(
      `---\ntitle: A\nms.openlocfilehash: 9d81\npolyhelp.sourcehash: ${hash}\nms.translationtype: MT\n---\npolyhelp.sourcehash: in the body\n`,
    );
  });

  it('keeps Windows line endings', () => {
    const before = '---\r\ntitle: A\r\npolyhelp.sourcehash: 9d81\r\n---\r\nBody\r\n';
    expect(stampHash(before, hash)).toBe(
      `---\r\ntitle: A\r\npolyhelp.sourcehash: ${hash}\r\n---\r\nBody\r\n`,
    );
  });

  it('adds the line at the end of the frontmatter when the file has none, leaving the imported localization hash alone', () => {
    expect(stampHash('---\ntitle: A\nms.openlocfilehash: 9d81\n---\nBody\n', hash)).toBe(
      `---\ntitle: A\nms.openlocfilehash: 9d81\npolyhelp.sourcehash: ${hash}\n---\nBody\n`,
    );
  });

  it('refuses a file without frontmatter', () => {
    expect(() => stampHash('# Just a body\n', hash)).toThrow(/frontmatter block/);
  });
});
