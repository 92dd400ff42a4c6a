import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** One step of the build: a name for messages, and the work, given the folder the site is being built into. */
export interface BuildStep {
  name: string;
  run: (outDir: string) => Promise<void>;
}

/** A build step that failed: the step's name, and why. */
export class BuildStepError extends Error {
  readonly step: string;
  readonly reason: string;
  constructor(step: string, reason: string) {
    super(`build failed at "${step}": ${reason}`);
    this.step = step;
    this.reason = reason;
  }
}

const workFolder = '.polyhelp-build';

/**
 * Builds the site into a fresh folder beside `distDir` and moves it into place only when every step passed, so a
 * failed, killed or out-of-space build leaves the previous site as it was. A signal removes the half-built folder;
 * folders left by a build that died harder are removed by the next one.
 */
export async function buildAtomically(
  root: string,
  distDir: string,
  steps: readonly BuildStep[],
): Promise<void> {
  const work = join(root, workFolder);
  removeStale(work);
  const outDir = join(work, `dist-${process.pid}`);
  mkdirSync(outDir, { recursive: true });
  const cleanUp = () => rmSync(outDir, { recursive: true, force: true });
  const onSignal = (signal: NodeJS.Signals) => {
    cleanUp();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
  try {
    for (const step of steps) {
      try {
        await step.run(outDir);
      } catch (error) {
        throw error instanceof BuildStepError
          ? error
          : new BuildStepError(step.name, error instanceof Error ? error.message : String(error));
      }
    }
    replaceFolder(resolve(root, distDir), outDir);
  } finally {
    cleanUp();
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
  }
}

/** Swaps `next` in for `target` with renames on one file system; `target`'s old content goes only once `next` is in. */
function replaceFolder(target: string, next: string) {
  const old = `${next}-previous`;
  const hadTarget = existsSync(target);
  mkdirSync(dirname(target), { recursive: true });
  if (hadTarget) renameSync(target, old);
  try {
    renameSync(next, target);
  } catch (error) {
    if (hadTarget) renameSync(old, target);
    throw new BuildStepError(
      'publish',
      `could not move the new site into ${target}: ${(error as Error).message}`,
    );
  }
  rmSync(old, { recursive: true, force: true });
}

/** Removes the work folders of builds whose process is gone (killed with SIGKILL, or the machine stopped). */
function removeStale(work: string) {
  if (!existsSync(work)) return;
  for (const name of readdirSync(work)) {
    const pid = Number(/^dist-(\d+)/.exec(name)?.[1]);
    if (!pid || !isAlive(pid) || pid === process.pid)
      rmSync(join(work, name), { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
