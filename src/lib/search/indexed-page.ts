/**
 * Whether Pagefind indexes a built page: one with `data-pagefind-body` (an article in its own language). A shard of
 * locales without translations has none: Pagefind would then index every `<body>` (its rule for sites without the
 * attribute), which the whole site never does, so a shard build writes no index instead.
 * `isIndexedPage('<article data-pagefind-body>')` → `true`.
 */
export function isIndexedPage(html: string): boolean {
  return html.includes('data-pagefind-body');
}
