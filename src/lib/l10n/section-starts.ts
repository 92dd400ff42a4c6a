/** Elements without an end tag in serialized HTML. */
const voidElements = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/** A tag of HTML as hast-util-to-html writes it: every attribute value in double quotes. */
const tagPattern = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'<>/=]+(?:="[^"]*")?)*)\s*(\/?)>/g;
/** What the scan does not follow: comments, doctypes and CDATA, raw-text and foreign elements, a stray `<`. */
const unscannable =
  /<(?:!|\?)|<(?:script|style|textarea|title|svg|math|template|noscript)\b|<(?![a-zA-Z/])/i;
const idAttribute = /\sid="([^"]*)"/;

/**
 * Where each top-level symptom section of article HTML starts (an `<h2 id>`, or a `<div>` whose first h2 child has
 * the id), read from the tags as `sectionHeadingOf` reads the parsed tree, without parsing the page: the offset of that
 * top-level element. Undefined when the HTML holds what the scan does not follow (comments,
 * raw-text or foreign elements, a `<` that starts no tag it reads, an id with a character reference, tags that do not
 * balance): the caller then parses it.
 * `sectionStarts('<p>a</p><h2 id="x">X</h2><p>b</p>')` → `[{ id: 'x', offset: 8 }]`.
 */
export function sectionStarts(html: string): { id: string; offset: number }[] | undefined {
  if (unscannable.test(html)) return undefined;
  const starts: { id: string; offset: number }[] = [];
  const open: string[] = [];
  let tags = 0;
  /** The top-level div being read, until its first h2 child says whether it starts a section. */
  let div: { offset: number; decided: boolean } | undefined;
  for (const match of html.matchAll(tagPattern)) {
    tags++;
    const [, closing, rawName, attributes, selfClosing] = match;
    const name = rawName.toLowerCase();
    if (closing) {
      if (open.pop() !== name) return undefined;
      if (open.length === 0) div = undefined;
      continue;
    }
    const id = idAttribute.exec(attributes)?.[1];
    if (id?.includes('&')) return undefined;
    const depth = open.length;
    if (depth === 0 && name === 'h2') {
      if (id !== undefined) starts.push({ id, offset: match.index });
    } else if (depth === 0 && name === 'div') div = { offset: match.index, decided: false };
    else if (depth === 1 && name === 'h2' && div && !div.decided) {
      div.decided = true;
      if (id !== undefined) starts.push({ id, offset: div.offset });
    }
    if (!voidElements.has(name)) {
      if (selfClosing) return undefined;
      open.push(name);
    }
  }
  // Every `<` must have started a tag read above, or the depths are wrong.
  const lessThans = html.split('<').length - 1;
  return open.length === 0 && tags === lessThans ? starts : undefined;
}
