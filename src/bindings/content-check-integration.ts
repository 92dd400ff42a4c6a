import type { AstroIntegration } from 'astro';
import type { ContentCheckResult } from '../lib/content/content-check.ts';
import { formatProblems } from '../lib/content/content-problem.ts';

/**
 * Fails `astro build` and `astro dev` with a readable report when any content file broke a rule; warnings
 * (unknown keys, translations without a source) are counted by rule, listed by `npm run check:content`.
 */
export function contentCheck(result: ContentCheckResult): AstroIntegration {
  return {
    name: 'polyhelp:content-check',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        if (result.problems.length > 0) throw new Error(formatProblems(result.problems));
        logger.info(`${result.articles.length} articles checked`);
        const byRule = new Map<string, number>();
        for (const warning of result.warnings) byRule.set(warning.rule ?? 'other', (byRule.get(warning.rule ?? 'other') ?? 0) + 1);
        if (byRule.size > 0) logger.warn(`content warnings: ${[...byRule].map(([rule, n]) => `${rule} ${n}`).join(', ')} (npm run check:content lists them)`);
      },
    },
  };
}
