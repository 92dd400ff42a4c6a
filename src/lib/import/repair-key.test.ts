import { describe, expect, it } from 'vitest';
import { isWellFormedKey, repairKey } from './repair-key.ts';

const known = ['title', 'ms.custom', 'ms.service', 'ms.reviewer', 'ms.author', 'author', 'ms.date'];

describe('repairKey', () => {
  it('removes words machine translation inserted into a key', () => {
    expect(repairKey('munlocking-an-account s.custom', known)).toBe('ms.custom');
  });

  it('repairs a slipped character in a damaged key', () => {
    expect(repairKey('ms,.custom', known)).toBe('ms.custom');
  });

  it('repairs a well-formed key only when one character is off', () => {
    expect(repairKey('ms.reviwer', known)).toBe('ms.reviewer');
    expect(repairKey('ms.subservice', known)).toBeUndefined();
  });

  it('refuses to guess when two known keys fit the damage', () => {
    // `m` + junk + `s.author`, or junk + `author`: both are insertions.
    expect(repairKey('m text s.author', known)).toBeUndefined();
  });

  it('tells well-formed keys from damaged ones', () => {
    expect([
      isWellFormedKey('f1.keywords'),
      isWellFormedKey('no-loc'),
      isWellFormedKey('munlocking-an-account s.custom'),
    ]).toEqual([true, true, false]);
  });
});
