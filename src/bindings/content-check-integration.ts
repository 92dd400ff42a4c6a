import type { AstroIntegration } from 'astro';
import type { CheckedArticle } from '../lib/content/content-check.ts';
import { formatProblems, type ContentProblem } from '../lib/content/content-problem.ts';

/** Fails `astro build` and `astro dev` with a readable report when any content file broke a rule. */
export function contentCheck(result: { articles: CheckedArticle[]; problems: ContentProblem[] }): AstroIntegration {
  return {
    name: 'polyhelp:content-check',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        if (result.problems.length > 0) throw new Error(formatProblems(result.problems));
        logger.info(`${result.articles.length} articles checked`);
      },
    },
  };
}
