import { excerptToParts } from './excerpt-parts.ts';

/** At most this many words are highlighted on the landing page: enough to see the match, not a rainbow. */
const maxHighlights = 3;

/** A text-directive part: percent-encoded, with `-` and `,` encoded too since they are directive syntax. */
function encodeDirectivePart(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C');
}

/**
 * The word next to a match, as context that makes the directive hit this spot and not an earlier one. None
 * when it touches the excerpt's edge (it may be cut) or holds a period (Pagefind may have added it).
 */
function contextWord(text: string, side: 'before' | 'after'): string | undefined {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length < 2) return undefined;
  const word = side === 'before' ? words[words.length - 1] : words[0];
  return word.includes('.') ? undefined : word;
}

/**
 * The section URL with a Text Fragment (`#id:~:text=…`) naming the marked words of a Pagefind excerpt, each
 * with its neighbouring words as context, so the browser highlights them inside the section with no script
 * on the article page. Words in the heading are left out: the heading is the `:target`, and its text also
 * sits in the table of contents, which comes first and would take the scroll. Without marked body words
 * the plain `#id` link is returned.
 * `sectionLinkWithHighlight('/a/#error-message', 'I see an error message Check the common <mark>errors</mark> here', 'I see an error message')`
 * → `'/a/#error-message:~:text=common-,errors,-here'`.
 */
export function sectionLinkWithHighlight(url: string, excerpt: string, headingTitle: string): string {
  const parts = excerptToParts(excerpt);
  const full = parts.map((part) => part.text).join('');
  const title = headingTitle.trim();
  const leadingSpace = full.length - full.trimStart().length;
  const headingEnd = title && full.trimStart().startsWith(title) ? leadingSpace + title.length : 0;
  const directives: string[] = [];
  let offset = 0;
  parts.forEach((part, index) => {
    // Pagefind ends each heading with a period the page does not have: keep it out of the directive.
    const word = part.text.trim().replace(/\.+$/, '');
    if (part.marked && offset >= headingEnd && word && !/\s/.test(word)) {
      const before = contextWord(full.slice(0, offset), 'before');
      const after = contextWord(parts.slice(index + 1).map((next) => next.text).join(''), 'after');
      const directive = [before && `${encodeDirectivePart(before)}-`, encodeDirectivePart(word), after && `-${encodeDirectivePart(after)}`]
        .filter(Boolean)
        .join(',');
      if (!directives.includes(directive)) directives.push(directive);
    }
    offset += part.text.length;
  });
  const chosen = directives.slice(0, maxHighlights);
  return chosen.length > 0 ? `${url}:~:${chosen.map((directive) => `text=${directive}`).join('&')}` : url;
}
