import { describe, expect, it } from 'vitest';
import { urlScheme } from './url-scheme.ts';

describe('urlScheme', () => {
  it('reads the scheme of an absolute URL in lower case, and none of a relative one', () => {
    expect(
      ['HTTPS://a.example/', 'ms-settings:privacy', 'tel:+331', 'view-source+x.y:z'].map(urlScheme),
    ).toEqual(['https', 'ms-settings', 'tel', 'view-source+x.y']);
    expect(
      ['/fr-fr/a/', 'a.md#x', '//cdn.example/a', '#top', '1http:x', 'a b:c'].map(urlScheme),
    ).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
  });
});
