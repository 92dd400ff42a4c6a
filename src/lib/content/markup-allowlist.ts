/**
 * What an article may contain besides Markdown: the HTML elements, their attributes and the URL schemes. Derived
 * from what the shipped content, the importer and the Alchemy Insights corpus use (`<a name>` section anchors,
 * `<img src="data:…">` icons, `<br />`, `<div class>` blocks, links to https, mailto and ms-settings), plus the
 * plain text-level and table elements Docs articles write by hand. Anything not listed here is refused.
 */

/** How an attribute's value is checked. */
export type AttributeRule = 'text' | 'link-url' | 'image-url' | 'number' | { oneOf: readonly string[] };

/** Attributes any allowed element may carry. */
export const globalAttributes: Readonly<Record<string, AttributeRule>> = {
  title: 'text',
  lang: 'text',
  dir: { oneOf: ['ltr', 'rtl', 'auto'] },
  // Imported Docs blocks keep their class (`<div class="note">`); it only selects the site's own styles.
  class: 'text',
};

const textLevel = ['b', 'strong', 'i', 'em', 'u', 's', 'del', 'ins', 'mark', 'small', 'sub', 'sup', 'kbd', 'code', 'samp', 'var', 'abbr', 'cite', 'q', 'span'];
const blocks = ['p', 'div', 'blockquote', 'pre', 'ul', 'li', 'dl', 'dt', 'dd', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'summary', 'hr', 'br'];

/** The allowed elements, lower-case as MDX must write them, each with the attributes it adds to the global ones. */
export const allowedElements: Readonly<Record<string, Readonly<Record<string, AttributeRule>>>> = {
  ...Object.fromEntries([...textLevel, ...blocks].map((name) => [name, {}])),
  // `name` is the section anchor every heading carries; `target="_blank"` comes from imported Docs links.
  a: { href: 'link-url', name: 'text', target: { oneOf: ['_blank'] } },
  img: { src: 'image-url', alt: 'text', width: 'number', height: 'number' },
  ol: { start: 'number' },
  th: { colspan: 'number', rowspan: 'number', scope: { oneOf: ['row', 'col', 'rowgroup', 'colgroup'] } },
  td: { colspan: 'number', rowspan: 'number' },
  details: { open: 'text' },
};

/** Schemes a link (`[text](url)`, `<a href>`) may use; a URL without a scheme is a path on this site and always allowed. */
export const linkSchemes: readonly string[] = ['https', 'http', 'mailto', 'tel', 'ms-settings'];

/**
 * Images (`![alt](url)`, `<img src>`) come from this site or are inline `data:` pictures in these types: the site's
 * Content-Security-Policy (`img-src 'self' data:`) would block any other origin, and SVG can carry script.
 */
export const imageDataTypes: readonly string[] = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];

/** Why some well-known elements are refused, so the message says more than "not allowed". */
export const refusedElementReasons: Readonly<Record<string, string>> = {
  script: 'it runs code in the reader\'s browser',
  style: 'it restyles the whole site (hiding or faking text) and can load URLs',
  link: 'it loads stylesheets or other resources into the page',
  meta: 'it can redirect readers to another site (`http-equiv="refresh"`) or change how the page is handled',
  base: 'it changes where every relative link on the page points',
  iframe: 'it embeds another site inside the page',
  frame: 'it embeds another site inside the page',
  object: 'it embeds a plugin or another document inside the page',
  embed: 'it embeds a plugin or another document inside the page',
  form: 'it collects what readers type and sends it elsewhere',
  input: 'it collects what readers type',
  button: 'it is an interactive control with no behaviour an article can give it',
  textarea: 'it collects what readers type',
  select: 'it collects what readers choose',
  svg: 'SVG markup can carry scripts, links and animations of its own',
  math: 'MathML can carry links and is not styled by the site',
  template: 'its content is inert markup the site never shows',
  audio: 'media players load from other sites, which the site\'s CSP blocks',
  video: 'media players load from other sites, which the site\'s CSP blocks',
  h1: 'headings must be Markdown (`## <a name="id"></a>Title`) so they get a stable section id',
  h2: 'headings must be Markdown (`## <a name="id"></a>Title`) so they get a stable section id',
  h3: 'headings must be Markdown (`### Title`) so the table of contents sees them',
  h4: 'headings must be Markdown (`#### Title`) so the table of contents sees them',
  h5: 'headings must be Markdown (`##### Title`)',
  h6: 'headings must be Markdown (`###### Title`)',
};

/**
 * The rule for an attribute on an allowed element, or undefined when the element may not carry it:
 * `attributeRule('a', 'href')` → `'link-url'`, `attributeRule('a', 'onclick')` → undefined.
 */
export function attributeRule(element: string, attribute: string): AttributeRule | undefined {
  return Object.hasOwn(allowedElements[element] ?? {}, attribute) ? allowedElements[element][attribute] : Object.hasOwn(globalAttributes, attribute) ? globalAttributes[attribute] : undefined;
}

/** True for an element an article may write: `isAllowedElement('kbd')` → true, `isAllowedElement('iframe')` → false. */
export function isAllowedElement(name: string): boolean {
  return Object.hasOwn(allowedElements, name);
}

/** The attributes an element may carry, for messages: `allowedAttributes('img')` → `['src', 'alt', 'width', 'height', 'title', 'lang', 'dir', 'class']`. */
export function allowedAttributes(element: string): string[] {
  return [...Object.keys(allowedElements[element] ?? {}), ...Object.keys(globalAttributes)];
}
