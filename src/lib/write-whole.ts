import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a file so a reader never sees half of it, nor a killed process leaves half of it under its name: a temp
 * file beside it, then a rename (which replaces a symlink, never writes through it). Creates the folder.
 */
export function writeWhole(path: string, data: string | NodeJS.ArrayBufferView): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  writeFileSync(temp, data);
  renameSync(temp, path);
}
