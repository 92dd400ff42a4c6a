/**
 * The processes of `npm run build`'s steps, named once: scripts/build.ts runs them and the benches measure them.
 * They run with the caller's NODE_OPTIONS. V8's default young generation holds the least memory: a 64 MiB one
 * (`--max-semi-space-size=64`, the build's flag until 2026-12-02) held 60 MiB more in `astro build` of the
 * 1,002-article corpus and 350 MiB more in the 3,000-article shard, 90 MiB more in the link check, and made none
 * of them measurably faster since the content check parses with Sätteri (two runs of each, alternated).
 */
export interface BuildCommand {
  command: string;
  args: string[];
  /** Set over the caller's environment. */
  env?: Record<string, string>;
}

/**
 * `astro build` into `outDir`, extra arguments before it: `pagesCommand('dist', ['--force']).args` →
 * `['build', '--force', '--outDir', 'dist']`. Its native threads (Rolldown's bundler, Sätteri's parser in two
 * threads) each got a glibc malloc arena of their own, which kept what they freed: with one arena
 * (`MALLOC_ARENA_MAX=1`) the real sample's build peaked at 660–674 MiB instead of 707, in the same time (two runs
 * each, alternated). Other C libraries ignore the variable.
 */
export function pagesCommand(outDir: string, extraArgs: readonly string[] = []): BuildCommand {
  return {
    command: 'astro',
    args: ['build', ...extraArgs, '--outDir', outDir],
    env: { MALLOC_ARENA_MAX: '1' },
  };
}

/** The link check of the pages in `distDir`, a path relative to the project (as its report prints it). */
export function linkCheckCommand(distDir: string): BuildCommand {
  return { command: process.execPath, args: ['scripts/check-links.ts', '--dist', distDir] };
}

/** The search index of the site in `siteDir`, written into its pagefind/ folder (scripts/index-search.ts). */
export function searchIndexCommand(siteDir: string): BuildCommand {
  return { command: process.execPath, args: ['scripts/index-search.ts', '--site', siteDir] };
}
