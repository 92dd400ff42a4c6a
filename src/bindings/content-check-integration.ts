import type { AstroIntegration } from 'astro';
import type { CheckedArticle } from '../lib/content/content-check.ts';
import { formatProblem, formatProblems, type ContentProblem } from '../lib/content/content-problem.ts';

/** Fails `astro build` and `astro dev` with a readable report when any content file broke a rule; prints the warnings. */
export function contentCheck(result: { articles: CheckedArticle[]; problems: ContentProblem[]; warnings?: ContentProblem[] }): AstroIntegration {
  return {
    name: 'polyhelp:content-check',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        if (result.problems.length > 0) throw new Error(formatProblems(result.problems));
        for (const warning of result.warnings ?? []) logger.warn(formatProblem(warning));
        logger.info(`${result.articles.length} articles checked`);
      },
    },
  };
}
