import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const { nodeVersionProblem } = createRequire(import.meta.url)('./ensure-node.cjs') as {
  nodeVersionProblem: (version: string, execPath: string) => string | null;
};

describe('the Node version guard', () => {
  it('explains what is wrong and how to fix it on Node 20', () => {
    const message = nodeVersionProblem('20.20.2', '/usr/bin/node');
    expect(message).toContain(
      'Polyhelp needs Node >= 22.12, but this script runs on Node 20.20.2 (/usr/bin/node)',
    );
    expect(message).toContain('run `npm ci` (without --ignore-scripts)');
  });

  it('refuses 22.11 and accepts 22.12 and later', () => {
    expect(nodeVersionProblem('22.11.0', 'node')).not.toBeNull();
    expect(nodeVersionProblem('22.12.0', 'node')).toBeNull();
    expect(nodeVersionProblem('24.1.0', 'node')).toBeNull();
  });
});
