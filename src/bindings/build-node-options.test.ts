import { describe, expect, it } from 'vitest';
import {
  buildNodeOptions,
  nodeOptionsWithBuildFlags,
  withBuildNodeOptions,
} from './build-node-options.ts';

describe('withBuildNodeOptions', () => {
  it('adds the build flags to the NODE_OPTIONS a step already has', () => {
    expect(withBuildNodeOptions({ NODE_OPTIONS: '--inspect' }).NODE_OPTIONS).toBe(
      `--inspect ${buildNodeOptions}`,
    );
    expect(withBuildNodeOptions({ PATH: '/bin' })).toEqual({
      PATH: '/bin',
      NODE_OPTIONS: buildNodeOptions,
    });
  });

  it("gives a bench step the same flags, after the caller's own", () => {
    expect(nodeOptionsWithBuildFlags(undefined)).toBe(buildNodeOptions);
    expect(nodeOptionsWithBuildFlags('--trace-gc')).toBe(`--trace-gc ${buildNodeOptions}`);
  });
});
