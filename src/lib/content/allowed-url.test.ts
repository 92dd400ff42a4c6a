import { describe, expect, it } from 'vitest';
import { imageUrlRefusal, linkUrlRefusal } from './allowed-url.ts';

describe('linkUrlRefusal', () => {
  it('allows the listed schemes and paths on this site', () => {
    expect(['https://a.example/', 'HTTP://a.example/', 'mailto:a@b.example', 'tel:+331', 'ms-settings:privacy', '/en-us/a/', 'a/b/', '#top', '//cdn.example/a', './c:d'].map(linkUrlRefusal)).toEqual(Array(10).fill(undefined));
  });

  it('refuses every other scheme, as written or as a browser decodes it', () => {
    const refused = ['javascript:x', ' JavaScript:x', 'java\tscript:x', '&#106;avascript:x', '%6Aavascript:x', 'jav&#x61;script&colon;x', 'vbscript:x', 'data:text/html,x', 'file:///etc/passwd', 'xmpp:a@b', 'c:\\x'];
    expect(refused.map((url) => linkUrlRefusal(url) !== undefined)).toEqual(Array(refused.length).fill(true));
    expect(linkUrlRefusal('javascript:x')).toEqual({ message: "a link to a javascript: URL, which runs script in the reader's browser; links may use https:, http:, mailto:, tel:, ms-settings: or a path on this site", fix: 'link to an https:// page or to a path on this site' });
    expect(linkUrlRefusal('file:///etc/passwd')?.fix).toBe('link to an https:// page instead; if this is a relative path, start it with ./ (./file:///etc/passwd)');
  });
});

describe('imageUrlRefusal', () => {
  it('allows paths on this site and base64 PNG, JPEG, GIF and WebP data: URLs', () => {
    expect(['/media/en-US/a.png', 'media/a.png', 'data:image/png;base64,iVBORw0KGgo=', 'DATA:image/GIF;base64,R0lGOD', 'data:image/webp;base64,UklGRg=='].map((url) => imageUrlRefusal(url))).toEqual(Array(5).fill(undefined));
  });

  it('refuses other origins, SVG and data: that is not base64 of an allowed type', () => {
    expect(imageUrlRefusal('https://cdn.example/a.png')?.message).toContain('an image from a https: URL');
    expect(['data:image/svg+xml;base64,PHN2Zz4=', 'data:image/svg+xml,<svg onload=alert(1)>', 'data:text/html;base64,PHNjcmlwdD4=', 'data:image/png;base64,iVBOR<script>'].map((url) => imageUrlRefusal(url)?.message.startsWith('an inline data: image'))).toEqual([true, true, true, true]);
    expect(imageUrlRefusal('javascript:alert(1)')?.message).toContain('an image from a javascript: URL');
  });
});
