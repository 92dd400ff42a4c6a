import { describe, expect, it } from 'vitest';
import { formatProblem } from './content-problem.ts';
import { isMediaPath, mediaFileProblem, sniffImageType } from './media-file.ts';

const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]);
const gif = Buffer.from('GIF89a\0\0');
const webp = Buffer.from('RIFF\0\0\0\0WEBPVP8 ');

describe('isMediaPath', () => {
  it('takes files under a shipped locale\'s media folder only', () => {
    expect(['en-US/media/a.png', 'fr-FR/media/sub/b.jpg'].map(isMediaPath)).toEqual([true, true]);
    expect(['en-US/a.png', 'xx-XX/media/a.png', 'en-US/media', 'en-US/folder/media/a.png'].map(isMediaPath)).toEqual([false, false, false, false]);
  });
});

describe('mediaFileProblem', () => {
  it('allows PNG, JPEG, GIF and WebP whose bytes match their extension', () => {
    expect([['a.png', png], ['a.jpg', jpeg], ['a.JPEG', jpeg], ['a.gif', gif], ['a.webp', webp]].map(([name, bytes]) => mediaFileProblem(`content/en-US/media/${name}`, bytes as Buffer))).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect([png, jpeg, gif, webp].map(sniffImageType)).toEqual(['PNG', 'JPEG', 'GIF', 'WebP']);
  });

  it('refuses SVG, which can carry script', () => {
    expect(formatProblem(mediaFileProblem('content/en-US/media/a.svg', Buffer.from('<svg onload="alert(1)"/>'))!)).toBe(
      'content/en-US/media/a.svg: media: an SVG image: SVG is a document that can carry scripts, links and styles, so media folders take pictures only\n    fix: convert it to PNG (.png, .jpg, .jpeg, .gif, .webp are allowed)',
    );
  });

  it('refuses a file whose bytes are not what its extension says, naming what they are', () => {
    expect(mediaFileProblem('content/en-US/media/a.png', jpeg)).toMatchObject({ message: 'the file is named .png but its bytes are not a PNG image', found: 'a JPEG image', fix: 'rename it to the JPEG extension' });
    expect(mediaFileProblem('content/en-US/media/a.png', Buffer.from('<html><script>'))).toMatchObject({ found: 'not a picture' });
  });

  it('refuses other files in a media folder, and images over the size limit', () => {
    expect(mediaFileProblem('content/en-US/media/notes.txt', Buffer.from('x'))).toMatchObject({ message: 'a .txt file in a media folder, which holds pictures only: .png, .jpg, .jpeg, .gif, .webp' });
    expect(mediaFileProblem('content/en-US/media/big.png', Buffer.concat([png, Buffer.alloc(6 * 1024 * 1024)]))).toMatchObject({ message: 'the image has 6,291,466 bytes; the limit is 5,242,880' });
  });
});
