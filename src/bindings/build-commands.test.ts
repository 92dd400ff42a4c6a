import { describe, expect, it } from 'vitest';
import { linkCheckCommand, pagesCommand, searchIndexCommand } from './build-commands.ts';

describe('build commands', () => {
  it('builds the pages into the folder given, extra arguments first', () => {
    expect(pagesCommand('out', ['--force'])).toEqual({
      command: 'astro',
      args: ['build', '--force', '--outDir', 'out'],
      env: { MALLOC_ARENA_MAX: '1' },
    });
    expect(pagesCommand('out').args).toEqual(['build', '--outDir', 'out']);
  });

  it('checks the links and indexes the pages of that folder with this Node', () => {
    expect(linkCheckCommand('dist')).toEqual({
      command: process.execPath,
      args: ['scripts/check-links.ts', '--dist', 'dist'],
    });
    expect(searchIndexCommand('/site')).toEqual({
      command: process.execPath,
      args: ['scripts/index-search.ts', '--site', '/site'],
    });
  });
});
