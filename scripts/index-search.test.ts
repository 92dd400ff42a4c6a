import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('index-search', () => {
  it('refuses a page budget that is not a whole number of pages, and says what it found', () => {
    const script = join(import.meta.dirname, 'index-search.ts');
    const result = spawnSync(process.execPath, [script, '--pages-per-run', '0.5'], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'expected --pages-per-run to be a whole number of pages, found 0.5',
    );
  });
});
