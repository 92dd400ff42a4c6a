import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import type { TimedLine } from './build-phases.ts';

/** What one measured command did: its output lines with their arrival times, wall time, memory and exit code. */
export interface MeasuredRun {
  lines: TimedLine[];
  ms: number;
  /** The largest sum of resident memory over the command's whole process tree, sampled every `sampleMs`. */
  peakTreeKb: number;
  /** The largest resident set of any single process in the tree (GNU time's %M), a cross-check of the sampled peak. */
  maxRssKb: number;
  /** User plus system CPU time of the command and all its children (GNU time's %U + %S): on a shared, loaded machine it varies far less than wall time. */
  cpuMs: number;
  code: number;
}

/** Options for `runMeasured`: where to run, extra environment, and how often to sample memory. */
export interface RunOptions {
  cwd?: string;
  env?: Record<string, string>;
  sampleMs?: number;
}

/** What /proc says of every live process below `root` (itself included): resident kilobytes and CPU time used. */
function treeUsage(root: number): { rssKb: number; cpuMs: number } {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  const cpu = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may hold spaces and parentheses, so split after the last ')'.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(name);
      const ppid = Number(fields[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
      // Field 24 of stat (index 21 after comm and state) is the resident set in pages.
      rss.set(pid, (Number(fields[21]) * 4096) / 1024);
      // Fields 14–17 (indexes 11–14): user and system time, its own and its waited-for children's, in 1/100 s.
      cpu.set(
        pid,
        fields.slice(11, 15).reduce((sum, ticks) => sum + Number(ticks) * 10, 0),
      );
    } catch {
      // The process ended between listing and reading.
    }
  }
  let rssKb = 0;
  let cpuMs = 0;
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    rssKb += rss.get(pid) ?? 0;
    cpuMs += cpu.get(pid) ?? 0;
    queue.push(...(children.get(pid) ?? []));
  }
  return { rssKb, cpuMs };
}

/** Resident kilobytes of every live process below `root` (itself included), read from /proc. */
export function treeRssKb(root: number): number {
  return treeUsage(root).rssKb;
}

/**
 * Runs a command under GNU time, recording when each output line arrived and sampling the resident memory
 * of its whole process tree; resolves whatever the exit code (callers decide what a failure means):
 * `await runMeasured('pagefind', ['--site', 'dist'])` → `{ lines, ms: 11200, peakTreeKb: 512000, maxRssKb: 490000, cpuMs: 14100, code: 0 }`.
 */
export function runMeasured(
  command: string,
  args: string[],
  options: RunOptions = {},
): Promise<MeasuredRun> {
  const started = performance.now();
  const lines: TimedLine[] = [];
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-f', 'maxrss-kb=%M cpu-s=%U+%S', command, ...args], {
      cwd: options.cwd,
      env: {
        ...process.env,
        FORCE_COLOR: '0',
        NO_COLOR: '1',
        ASTRO_TELEMETRY_DISABLED: '1',
        ...options.env,
      },
    });
    let peakTreeKb = 0;
    // The tree's CPU time at the last sample, given to each output line as it arrives (per-phase CPU).
    let cpuMs = 0;
    const sample = () => {
      if (child.pid === undefined) return;
      const usage = treeUsage(child.pid);
      peakTreeKb = Math.max(peakTreeKb, usage.rssKb);
      cpuMs = Math.max(cpuMs, usage.cpuMs);
    };
    const sampler = setInterval(sample, options.sampleMs ?? 100);
    let tail = '';
    const collect = (chunk: Buffer) => {
      const at = performance.now() - started;
      const parts = (tail + chunk.toString()).split('\n');
      tail = parts.pop() ?? '';
      for (const part of parts) lines.push({ at, text: part, cpuMs });
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', (error) => {
      clearInterval(sampler);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(sampler);
      if (tail) lines.push({ at: performance.now() - started, text: tail });
      const usage = lines
        .map((l) => /maxrss-kb=(\d+) cpu-s=([\d.]+)\+([\d.]+)/.exec(l.text))
        .find(Boolean);
      resolve({
        lines,
        ms: performance.now() - started,
        peakTreeKb,
        maxRssKb: Number(usage?.[1] ?? 0),
        cpuMs: usage ? (Number(usage[2]) + Number(usage[3])) * 1000 : 0,
        code: code ?? 1,
      });
    });
  });
}

/** Megabytes (MiB) for display: `mib(1048576)` → `'1024'` (the argument is in kilobytes). */
export const mib = (kb: number) => (kb / 1024).toFixed(0);

/** Seconds for display: `seconds(1234)` → `'1.2 s'`. */
export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The middle value (the lower middle for an even count): `median([3, 1, 2])` → 2. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}
