/** The article's own title, an h1 first in its rendered HTML (whitespace aside). */
const leadingTitlePattern = /^\s*(<h1[\s>][\s\S]*?<\/h1>)/;

/**
 * Rendered article HTML cut into its leading h1 and the rest, so the page can put the translation notices and
 * "In this article" between the title and the text. An article that does not start with an h1 comes back whole.
 * `splitLeadingTitle('<h1 id="a">Fix</h1>\n<p>Text</p>')` → `{ title: '<h1 id="a">Fix</h1>', body: '\n<p>Text</p>' }`;
 * `splitLeadingTitle('<p>Text</p>')` → `{ title: undefined, body: '<p>Text</p>' }`.
 */
export function splitLeadingTitle(html: string): { title: string | undefined; body: string } {
  const match = leadingTitlePattern.exec(html);
  return match
    ? { title: match[1], body: html.slice(match[0].length) }
    : { title: undefined, body: html };
}
