import { isMap, isNode, isScalar, LineCounter, parseDocument } from 'yaml';
import { frontmatterPattern } from './split-frontmatter.ts';

/** Where a top-level frontmatter key is written. */
export interface FrontmatterKeyPosition {
  /** 1-based line in the file. */
  line: number;
  /** The value as written when it sits on the key's line (quotes kept, comment left out), else `''`. */
  written: string;
}

/**
 * The top-level keys of an article's frontmatter, with their file lines, from the YAML parser's own source
 * positions (aliases are not expanded: only positions are read). The first of repeated keys wins:
 * `readFrontmatterKeys('---\ntitle: A # x\nms.date: "3/4/2021"\n---\n')` →
 * `Map { 'title' => { line: 2, written: 'A' }, 'ms.date' => { line: 3, written: '"3/4/2021"' } }`.
 */
export function readFrontmatterKeys(text: string): Map<string, FrontmatterKeyPosition> {
  const keys = new Map<string, FrontmatterKeyPosition>();
  const match = frontmatterPattern.exec(text);
  if (!match?.[1]) return keys;
  const yaml = match[1];
  const lineCounter = new LineCounter();
  const document = parseDocument(yaml, { lineCounter, uniqueKeys: false });
  if (!isMap(document.contents)) return keys;
  // The YAML starts on the line after the opening `---`.
  const lineOf = (offset: number) => lineCounter.linePos(offset).line + 1;
  for (const { key, value } of document.contents.items) {
    if (!isScalar(key) || !key.range || keys.has(String(key.value))) continue;
    const line = lineOf(key.range[0]);
    const range = isNode(value) ? value.range : undefined;
    const source = range ? yaml.slice(range[0], range[1]) : '';
    const onKeyLine = !!range && lineOf(range[0]) === line && !source.includes('\n');
    keys.set(String(key.value), { line, written: onKeyLine ? source : '' });
  }
  return keys;
}
