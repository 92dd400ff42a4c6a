import { describe, expect, it } from 'vitest';
import { buildPhasesFromLog, pageTimesFromLog } from '../bench/build-phases.ts';

const log = [
  [100, '01:00:00 [polyhelp:content-check] 6 articles checked'],
  [900, '01:00:01 [content] Syncing content'],
  [1200, '01:00:01 [content] Synced content'],
  [1500, '01:00:01 [build] ✓ Completed in 300ms.'],
  [1500, '01:00:01 [build] Building static entrypoints...'],
  [6000, '01:00:06 [vite] ✓ built in 4.4s'],
  [6100, ' generating static routes '],
  [6200, '01:00:06   ├─ /en-us/a/index.html (+5ms)'],
  [8100, '01:00:08 ✓ Completed in 2.0s.'],
  [8200, '01:00:08 [build] ✓ Completed in 2.1s.'],
  [8600, '01:00:08 [build] Complete!'],
].map(([at, text]) => ({ at: at as number, text: text as string }));

describe('buildPhasesFromLog', () => {
  it('splits a build at the log lines that open each phase', () => {
    expect(buildPhasesFromLog(log, 9000)).toEqual({
      startup: 900,
      contentSync: 300,
      prepare: 300,
      compile: 4600,
      render: 2000,
      finish: 900,
    });
  });

  it('ends rendering at the first "Completed" after route generation, not the one before it', () => {
    const phases = buildPhasesFromLog(log, 9000);
    expect(phases.render).toBe(8100 - 6100);
  });

  it('counts a phase whose line never shows as zero and gives its time to the next', () => {
    const withoutSync = log.filter((line) => !line.text.includes('Synced content'));
    expect(buildPhasesFromLog(withoutSync, 9000)).toMatchObject({
      startup: 900,
      contentSync: 0,
      prepare: 600,
    });
  });

  it('measures the phases on another clock when told, e.g. the CPU time sampled on each line', () => {
    const withCpu = log.map((line) => ({ ...line, cpuMs: line.at * 2 }));
    expect(buildPhasesFromLog(withCpu, 20000, (line) => line.cpuMs ?? 0)).toEqual({
      startup: 1800,
      contentSync: 600,
      prepare: 600,
      compile: 9200,
      render: 4000,
      finish: 3800,
    });
  });
});

describe('pageTimesFromLog', () => {
  it('reads each rendered page and its time, in milliseconds or seconds', () => {
    const lines = [
      ...log,
      { at: 6300, text: '01:00:06   ├─ /en-us/index.html (+1.25s)' },
      { at: 6400, text: '01:00:06   ├─ /fr-fr/a/index.html (cached)' },
    ];
    expect(pageTimesFromLog(lines)).toEqual([
      { path: '/en-us/a/index.html', ms: 5 },
      { path: '/en-us/index.html', ms: 1250 },
    ]);
  });
});
