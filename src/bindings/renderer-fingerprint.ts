import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** This project's folder (the code's, whatever site root it builds). */
const projectDir = fileURLToPath(new URL('../..', import.meta.url));

/** The folders whose code decides an article's HTML when the loader renders it, and the lockfile (the libraries). */
const rendererSources = ['src/lib', 'src/i18n', 'src/bindings'];

/**
 * A digest of the code that renders articles in the loader: the content layer keeps each article's HTML between
 * builds under its digest, and a change to a plugin, a dictionary or a library must not leave last build's HTML
 * in place. Tests are left out (they render nothing). `rendererFingerprint()` → `'9c1f…'` (SHA-256, hex).
 */
export function rendererFingerprint(root = projectDir): string {
  const hash = createHash('sha256');
  const files = rendererSources.flatMap((folder) =>
    readdirSync(join(root, folder), { recursive: true })
      .map(String)
      .filter((file) => /\.(ts|json)$/.test(file) && !/\.test\.ts$/.test(file))
      .map((file) => join(folder, file)),
  );
  for (const file of [...files.sort(), 'package-lock.json']) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(join(root, file)));
  }
  return hash.digest('hex');
}
