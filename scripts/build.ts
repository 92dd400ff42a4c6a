// `[POLYHELP_LOCALES=<locale,…>] npm run build [-- --out <dir>]`: pages (astro build), the link check, then the search
// index, built into a fresh folder that replaces dist/ (or <dir>, relative to the project) only when all three passed.
// A failure, a kill or a full disk leaves the previous site as it was. `--out` lets a test build a second site without
// touching dist/. POLYHELP_LOCALES builds one shard of the site, for `npm run build:merge` (see README).
import { spawn } from 'node:child_process';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { buildAtomically, BuildStepError, type BuildStep } from '../src/bindings/atomic-build.ts';
import {
  linkCheckCommand,
  pagesCommand,
  searchIndexCommand,
  type BuildCommand,
} from '../src/bindings/build-commands.ts';
import { getShardLocales } from '../src/bindings/shard-locales.ts';

const root = process.cwd();
const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' } } });
const distDir = values.out;
let shard: string[] | undefined;
try {
  // POLYHELP_LOCALES=fr-FR,de-DE builds one shard: those locales' pages, search index and link checks.
  shard = getShardLocales();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

/** Runs a step's command with the build's output shown as it comes; a non-zero exit fails the step. */
function run({ command, args, env }: BuildCommand): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on('SIGINT', forward).on('SIGTERM', forward);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward).off('SIGTERM', forward);
      if (code === 0) resolve();
      else
        reject(
          new Error(
            signal
              ? `${command} was stopped by ${signal}`
              : `${command} exited with code ${code} (its report is above)`,
          ),
        );
    });
  });
}

const steps: BuildStep[] = [
  { name: 'pages (astro build)', run: (outDir) => run(pagesCommand(outDir)) },
  {
    // Both only read the pages (no page links into pagefind/), so they run side by side: Pagefind, mostly native code
    // on its own threads, and the link check, JavaScript on one core. A failing link check still fails the build.
    name: 'link check and search index (pagefind)',
    run: async (outDir) => {
      // Both are waited for, so neither is left writing into a folder the failed build removes.
      const [links, search] = await Promise.allSettled([
        run(linkCheckCommand(relative(root, outDir))),
        // In a shard without a translated article it writes no index (see scripts/index-search.ts).
        run(searchIndexCommand(outDir)),
      ]);
      if (links.status === 'rejected') throw new BuildStepError('link check', links.reason.message);
      if (search.status === 'rejected')
        throw new BuildStepError('search index (pagefind)', search.reason.message);
    },
  },
];

try {
  await buildAtomically(root, distDir, steps);
  console.log(
    `Build complete: ${distDir}/ holds the new ${shard ? `shard of ${shard.join(', ')}` : 'site'}.`,
  );
} catch (error) {
  const message = error instanceof BuildStepError ? error.message : String(error);
  console.error(`\n${message}\n${distDir}/ was left as it was before this build.`);
  process.exit(1);
}
