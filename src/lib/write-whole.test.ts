import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeWhole } from './write-whole.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('writeWhole', () => {
  it('writes the file in a new folder and leaves no temp file beside it', () => {
    const folder = mkdtempSync(join(tmpdir(), 'write-whole-'));
    folders.push(folder);
    writeWhole(join(folder, 'a', 'b.html'), '<p>b</p>');
    expect(readFileSync(join(folder, 'a', 'b.html'), 'utf8')).toBe('<p>b</p>');
    expect(readdirSync(join(folder, 'a'))).toEqual(['b.html']);
  });

  it('replaces a symlink instead of writing through it', () => {
    const folder = mkdtempSync(join(tmpdir(), 'write-whole-'));
    folders.push(folder);
    writeFileSync(join(folder, 'target'), 'kept');
    symlinkSync(join(folder, 'target'), join(folder, 'link'));
    writeWhole(join(folder, 'link'), Buffer.from('new'));
    expect(readFileSync(join(folder, 'target'), 'utf8')).toBe('kept');
    expect(readFileSync(join(folder, 'link'), 'utf8')).toBe('new');
  });
});
