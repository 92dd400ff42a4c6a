/** The parts of a Pagefind result (`result.data()`) that say where it leads. */
export interface PagefindFragmentWithUrls {
  url: string;
  meta?: Record<string, string | undefined>;
  sub_results?: { url: string }[];
}

/** The `data-pagefind-meta` key a source article lists its stand-in locales under (URL segments, space-separated). */
export const standInsMetaKey = 'standins';

/**
 * Points an English fallback result at the reader's own stand-in page when the article has no translation in
 * their locale, so they stay in their language's site (with its "not yet translated" notice):
 * `{ url: '/en-us/a/#b', meta: { standins: 'ja-jp' } }`, reader `'ja-jp'`, source `'en-us'` → `{ url: '/ja-jp/a/#b', … }`.
 */
export function toStandInUrls<T extends PagefindFragmentWithUrls>(
  fragment: T,
  readerSegment: string,
  sourceSegment: string,
): T {
  const standIns = fragment.meta?.[standInsMetaKey]?.split(/\s+/) ?? [];
  if (!standIns.includes(readerSegment)) return fragment;
  const move = (url: string) => {
    const parsed = new URL(url, 'http://relative.invalid');
    if (!parsed.pathname.startsWith(`/${sourceSegment}/`)) return url;
    parsed.pathname = `/${readerSegment}/${parsed.pathname.slice(sourceSegment.length + 2)}`;
    return parsed.origin === 'http://relative.invalid'
      ? `${parsed.pathname}${parsed.search}${parsed.hash}`
      : parsed.href;
  };
  return {
    ...fragment,
    url: move(fragment.url),
    sub_results: fragment.sub_results?.map((sub) => ({ ...sub, url: move(sub.url) })),
  };
}
