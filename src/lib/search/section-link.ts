import { excerptToParts } from './excerpt-parts.ts';

/** At most this many words are highlighted on the landing page: enough to see the match, not a rainbow. */
const maxHighlights = 3;

/** A text-directive part: percent-encoded, with `-` and `,` encoded too since they are directive syntax. */
function encodeDirectivePart(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C');
}

/** Context words on each side of a highlighted word: enough that a heading phrase repeated in the body does not match the table of contents. */
const maxContextWords = 3;

/**
 * The words next to a match, as context that makes the directive hit this spot and not an earlier one. The
 * word at the excerpt's edge is never used (it may be cut), nor anything past a period (Pagefind adds one
 * after headings, which the page does not have).
 */
function contextWords(text: string, side: 'before' | 'after'): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const inward = side === 'before' ? words.slice(1).reverse() : words.slice(0, -1);
  const stop = inward.findIndex((word) => word.includes('.'));
  const kept = inward.slice(0, Math.min(stop === -1 ? inward.length : stop, maxContextWords));
  return (side === 'before' ? kept.reverse() : kept).join(' ');
}

/**
 * Where the heading ends in a section excerpt, or 0. Pagefind ends a heading with a period, and an excerpt
 * may start inside the heading: `headingEndIn('reset your password. If you…', 'I cannot reset your password')` → 20.
 */
function headingEndIn(excerpt: string, title: string): number {
  if (!title) return 0;
  const whole = excerpt.indexOf(`${title}.`);
  if (whole !== -1) return whole + title.length + 1;
  const firstStop = excerpt.indexOf('.');
  const tail = excerpt.slice(0, firstStop).trim();
  return firstStop !== -1 && tail && title.endsWith(tail) ? firstStop + 1 : 0;
}

/**
 * The section URL with a Text Fragment (`#id:~:text=…`) naming the marked words of a Pagefind excerpt, each
 * with its neighbouring words as context, so the browser highlights them inside the section with no script
 * on the article page. Words in the heading are left out: the heading is the `:target`, and its text also
 * sits in the table of contents, which comes first and would take the scroll. Without marked body words
 * the plain `#id` link is returned.
 * `sectionLinkWithHighlight('/a/#error-message', 'I see an error message. Check the common <mark>errors</mark> and fixes here', 'I see an error message')`
 * → `'/a/#error-message:~:text=Check%20the%20common-,errors,-and%20fixes'`.
 */
export function sectionLinkWithHighlight(url: string, excerpt: string, headingTitle: string): string {
  const parts = excerptToParts(excerpt);
  const full = parts.map((part) => part.text).join('');
  const headingEnd = headingEndIn(full, headingTitle.trim());
  const directives: string[] = [];
  let offset = 0;
  parts.forEach((part, index) => {
    // Pagefind ends each heading with a period the page does not have: keep it out of the directive.
    const endsSentence = /\.$/.test(part.text.trim());
    const word = part.text.trim().replace(/\.+$/, '');
    if (part.marked && offset >= headingEnd && word && !/\s/.test(word)) {
      const before = contextWords(full.slice(0, offset), 'before');
      const after = endsSentence ? '' : contextWords(parts.slice(index + 1).map((next) => next.text).join(''), 'after');
      const directive = [before && `${encodeDirectivePart(before)}-`, encodeDirectivePart(word), after && `-${encodeDirectivePart(after)}`]
        .filter(Boolean)
        .join(',');
      if ((before || after) && !directives.includes(directive)) directives.push(directive);
    }
    offset += part.text.length;
  });
  const chosen = directives.slice(0, maxHighlights);
  return chosen.length > 0 ? `${url}:~:${chosen.map((directive) => `text=${directive}`).join('&')}` : url;
}
