/**
 * The `--articles N --locales M` of a bench, as whole numbers within bounds, or a message and exit 1:
 * `readCorpusSize({ articles: '300', locales: '2' }, ['en-US', 'fr-FR'])` → `{ articles: 300, localeCount: 2 }`.
 * `least` is the smallest N and M the bench can measure (a rebuild needs a second article and locale).
 */
export function readCorpusSize(
  values: { articles?: string; locales?: string },
  locales: readonly string[],
  least = 1,
): { articles: number; localeCount: number } {
  const articles = Number(values.articles);
  const localeCount = Number(values.locales);
  const fits = (n: number, most = Infinity) => Number.isInteger(n) && n >= least && n <= most;
  if (!fits(articles) || !fits(localeCount, locales.length)) {
    console.error(
      `expected --articles N (N ≥ ${least}) and --locales M (${least} ≤ M ≤ ${locales.length}, the locales with a seed article in content/: ${locales.join(', ')}), found --articles ${values.articles} --locales ${values.locales}`,
    );
    process.exit(1);
  }
  return { articles, localeCount };
}
