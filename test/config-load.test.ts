import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

describe('loading astro.config.mjs', () => {
  it('reads no content, so a missing or broken content folder cannot fail astro sync, astro preview or Vitest', () => {
    const load = spawnSync(
      process.execPath,
      ['--input-type=module', '-e', "await import('./astro.config.mjs'); console.log('loaded')"],
      {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, POLYHELP_CONTENT_DIR: 'test/no-such-content-folder' },
      },
    );
    expect(load.stderr).toBe('');
    expect(load.stdout.trim()).toBe('loaded');
  }, 30_000);
});
