import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const script = join(import.meta.dirname, 'import.ts');
const roots: string[] = [];

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('npm run import', { timeout: 60_000 }, () => {
  it('writes a --json summary larger than a pipe buffer in full', () => {
    const root = mkdtempSync(join(tmpdir(), 'import-'));
    roots.push(root);
    const input = join(root, 'docs');
    mkdirSync(input);
    const files = 400;
    for (let i = 0; i < files; i++)
      writeFileSync(
        join(input, `article-number-${i}.md`),
        // Broken front matter: each file is a failure the summary lists.
        `---\ntitle: [unclosed ${i}\n---\n\n# Article ${i}\n`,
      );
    const result = spawnSync(
      process.execPath,
      [script, input, '--locale', 'en-US', '--out', join(root, 'out'), '--dry-run', '--json'],
      { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    expect(result.status).toBe(1);
    expect(result.stdout.length).toBeGreaterThan(65_536);
    expect(JSON.parse(result.stdout).failures).toHaveLength(files);
  });
});
