import { defineHastPlugin } from 'satteri';
import { isSymptomHeading, symptomHeadingWeight } from '../rehype-symptom-weight.ts';

/** Sätteri plugin of `rehypeSymptomWeight`: `<h2 id="error-message">` → `<h2 id="error-message" data-pagefind-weight="8">`. */
export function satteriSymptomWeight(options: { weight?: number } = {}) {
  const weight = String(options.weight ?? symptomHeadingWeight);
  return defineHastPlugin({
    name: 'polyhelp-symptom-weight',
    element: {
      filter: ['h2'],
      visit(node, ctx) {
        if (isSymptomHeading(node)) ctx.setProperty(node, 'dataPagefindWeight', weight);
      },
    },
  });
}
