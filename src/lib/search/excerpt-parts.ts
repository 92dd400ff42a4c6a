/** A run of excerpt text, marked when Pagefind matched a searched word in it. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

/**
 * A Pagefind excerpt (escaped text with `<mark>` around matches) as plain-text parts, so the island can
 * render it with text nodes instead of trusting HTML.
 * `excerptToParts('a <mark>b</mark> &amp; c')` → `[{ text: 'a ', marked: false }, { text: 'b', marked: true }, { text: ' & c', marked: false }]`.
 */
export function excerptToParts(excerpt: string): ExcerptPart[] {
  return excerpt
    .split(/<mark>(.*?)<\/mark>/s)
    .map((text, index) => ({ text: text.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => entities[entity] ?? entity), marked: index % 2 === 1 }))
    .filter((part) => part.text !== '');
}
