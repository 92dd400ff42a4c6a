import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const folder = mkdtempSync(join(root, 'node_modules', '.check-content-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('npm run check:content', () => {
  it('checks the folder POLYHELP_CONTENT_DIR names, not content/', () => {
    mkdirSync(join(folder, 'en-US'));
    writeFileSync(
      join(folder, 'en-US', 'a.mdx'),
      '---\ntitle: A\nms.date: 13/45/2021\n---\n# <a name="a"></a>A\n',
    );
    const contentDir = relative(root, folder);
    const result = spawnSync(process.execPath, ['scripts/check-content.ts'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, POLYHELP_CONTENT_DIR: contentDir },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `${contentDir}/en-US/a.mdx:3: ms.date: expected a date as MM/DD/YYYY`,
    );
  });
});
