/** A line of build output and when it arrived, in milliseconds since the build started. */
export interface TimedLine {
  at: number;
  text: string;
  /** CPU time (user + system) the command's process tree had used when the line arrived, in ms, when sampled. */
  cpuMs?: number;
}

/** Where a build's time went, in milliseconds. */
export interface BuildPhases {
  /** Node and Vite start-up, config, integrations (our content check included). */
  startup: number;
  /** The content layer: reading articles, parsing and validating frontmatter. */
  contentSync: number;
  /** Type generation and build info. */
  prepare: number;
  /** Vite bundling: every MDX article compiled to a module, pages and scripts bundled. */
  compile: number;
  /** Rendering every page to HTML. */
  render: number;
  /** Sitemap and other after-build hooks, until the process exits. */
  finish: number;
}

const markers: [keyof BuildPhases, RegExp][] = [
  ['startup', /\[content\] Syncing content/],
  ['contentSync', /\[content\] Synced content/],
  ['prepare', /Building static entrypoints/],
  ['compile', /generating static routes/],
  ['render', /^(?:\S+ )?✓ Completed in/],
];

/**
 * Splits `astro build` output into phases by the log lines that open each one:
 * `[{ at: 900, text: '… [content] Syncing content' }, …]`, ending at 9000 → `{ startup: 900, contentSync: …, finish: … }`.
 * A phase whose marker never shows is 0; the render phase ends at the first "✓ Completed" after route generation.
 * `valueOf` reads the clock the phases are measured on: wall time (`at`) unless given, e.g. CPU time (`cpuMs`).
 */
export function buildPhasesFromLog(
  lines: TimedLine[],
  end: number,
  valueOf: (line: TimedLine) => number = (line) => line.at,
): BuildPhases {
  const phases: BuildPhases = {
    startup: 0,
    contentSync: 0,
    prepare: 0,
    compile: 0,
    render: 0,
    finish: 0,
  };
  let start = 0;
  let from = 0;
  for (const [phase, marker] of markers) {
    const index = lines.findIndex((line, i) => i >= from && marker.test(line.text.trim()));
    if (index === -1) continue;
    phases[phase] = valueOf(lines[index]) - start;
    start = valueOf(lines[index]);
    from = index + 1;
  }
  phases.finish = end - start;
  return phases;
}

/** How long Astro took to render one page, from its `├─ /path/index.html (+12ms)` build log line. */
export interface PageTime {
  path: string;
  ms: number;
}

/**
 * The render time of every page Astro generated, from its build log:
 * `[{ at: 0, text: '  ├─ /en-us/index.html (+1.20s)' }]` → `[{ path: '/en-us/index.html', ms: 1200 }]`.
 * Pages served from the incremental build cache (`(cached)`, `(restored)`) and renders over a minute (`(+1m 5s)`) are left out.
 */
export function pageTimesFromLog(lines: TimedLine[]): PageTime[] {
  const times: PageTime[] = [];
  for (const line of lines) {
    const match = /├─ (\S+)\s+\(\+(\d+(?:\.\d+)?)(ms|s)\)/.exec(line.text);
    if (match)
      times.push({ path: match[1], ms: Number(match[2]) * (match[3] === 'ms' ? 1 : 1000) });
  }
  return times;
}
