import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveInScope } from './import-scope.ts';

function createTree() {
  const base = mkdtempSync(join(tmpdir(), 'polyhelp-scope-'));
  const root = join(base, 'AI');
  mkdirSync(join(root, 'media'), { recursive: true });
  mkdirSync(join(root, 'sub'), { recursive: true });
  writeFileSync(join(root, 'media/Mouse_Over.gif'), 'gif');
  writeFileSync(join(base, 'secret.txt'), 'secret');
  symlinkSync(join(base, 'secret.txt'), join(root, 'media/link.png'));
  return { base, root, article: join(root, 'a.md') };
}

describe('resolveInScope', () => {
  it('finds a file relative to the article', () => {
    const { root, article } = createTree();
    expect(resolveInScope(article, 'media/Mouse_Over.gif', [root])).toEqual({
      path: join(root, 'media/Mouse_Over.gif'),
      root,
    });
    expect(resolveInScope(join(root, 'sub/b.md'), '../media/Mouse_Over.gif', [root])).toEqual({
      path: join(root, 'media/Mouse_Over.gif'),
      root,
    });
  });

  it('finds a file named in another letter case, and says so', () => {
    const { root, article } = createTree();
    expect(resolveInScope(article, 'media/mouse_over.gif', [root])).toEqual({
      path: join(root, 'media/Mouse_Over.gif'),
      root,
      caseDiffers: true,
    });
  });

  it('refuses paths that leave the import, absolute ones and symlinks pointing out', () => {
    const { root, article } = createTree();
    expect(resolveInScope(article, '../secret.txt', [root])).toEqual({ problem: 'outside' });
    expect(resolveInScope(article, '../../../../etc/passwd', [root])).toEqual({
      problem: 'outside',
    });
    expect(resolveInScope(article, '/etc/passwd', [root])).toEqual({ problem: 'outside' });
    expect(resolveInScope(article, 'media/link.png', [root])).toEqual({ problem: 'outside' });
  });

  it('reads a home-directory path as a name inside the import, which is not there', () => {
    const { root, article } = createTree();
    expect(resolveInScope(article, '~/.bashrc', [root])).toEqual({ problem: 'missing' });
  });

  it('accepts a second root, such as a configured includes folder', () => {
    const { base, root, article } = createTree();
    expect(resolveInScope(article, '../secret.txt', [root, base])).toMatchObject({
      path: join(base, 'secret.txt'),
    });
  });
});
