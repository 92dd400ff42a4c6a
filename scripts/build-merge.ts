// `npm run build:merge -- --out <dir> <shard-dir>...`: merges the outputs of shard builds
// (`POLYHELP_LOCALES=<locale,…> npm run build -- --out <shard-dir>`) into one site in <dir> (relative to the project),
// atomically like the build: a conflict, a missing shard or a kill leaves <dir> as it was. See README, "Sharded builds".
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildAtomically, BuildStepError } from '../src/bindings/atomic-build.ts';
import { mergeShards } from '../src/bindings/merge-shards.ts';

const root = process.cwd();
const { values, positionals } = parseArgs({
  options: { out: { type: 'string' } },
  allowPositionals: true,
});
if (!values.out || positionals.length === 0) {
  console.error('usage: npm run build:merge -- --out <dir> <shard-dir>...');
  process.exit(1);
}
const out = values.out;
try {
  await buildAtomically(root, out, [
    {
      name: 'merge shards',
      run: async (outDir) =>
        mergeShards(
          positionals.map((dir) => resolve(root, dir)),
          outDir,
        ),
    },
  ]);
  console.log(`Merge complete: ${out}/ holds the site of ${positionals.length} shards.`);
} catch (error) {
  const message = error instanceof BuildStepError ? error.message : String(error);
  console.error(`\n${message}\n${out}/ was left as it was before this merge.`);
  process.exit(1);
}
