import { splitFrontmatter } from '../split-frontmatter.ts';
import type { FixKind, ImportWarning } from './import-notes.ts';

/** How to reach the files an article includes. */
export interface ExtensionOptions {
  /** The text of an included file, by the path written in the article, or undefined when it cannot be read. */
  readInclude: (path: string) => string | undefined;
}

/** The body with Docs extensions turned into Markdown, and what was done. Lines are those of the expanded text. */
export interface ExpandedBody {
  body: string;
  fixes: Array<{ kind: FixKind; line: number }>;
  warnings: ImportWarning[];
}

const includePattern = /\[!INCLUDE\s*\[([^\]]*)\]\(([^)\s]+)\)\]/gi;
const videoPattern = /^(\s*)(>\s*)?\[!VIDEO\s+([^\]\s]+)\]\s*$/i;
const alertPattern = /^\s*>\s*\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]/i;
const imagePattern = /:::image\s+([^]*?):::(?:([^]*?):::image-end:::)?/g;
const attributePattern = /([\w-]+)\s*=\s*"([^"]*)"/g;
const fencePattern = /^\s*(?:>\s*)*(`{3,}|~{3,})/;
const maxIncludeDepth = 5;

/**
 * Turns Microsoft Docs extensions into plain Markdown before conversion:
 * `[!INCLUDE[x](../includes/x.md)]` → the included body; `> [!VIDEO https://v.example/e/1]` →
 * `[https://v.example/e/1](https://v.example/e/1)` (a link: no third-party player in the page);
 * `:::image type="content" source="a.png" alt-text="A":::` → `![A](a.png)`. Alerts (`> [!NOTE]`) stay:
 * the site renders them as callouts. Code blocks are left alone.
 */
export function expandDocsExtensions(body: string, options: ExtensionOptions, depth = 0): ExpandedBody {
  const result: ExpandedBody = { body: '', fixes: [], warnings: [] };
  const lines = body.split('\n');
  let fence: string | undefined;
  const out: string[] = [];
  let lineNumber = 1;
  for (let index = 0; index < lines.length; index++) {
    let line = lines[index];
    const fenceMatch = fencePattern.exec(line);
    if (fenceMatch) {
      const marks = fenceMatch[1];
      if (fence === undefined) fence = marks;
      else if (marks[0] === fence[0] && marks.length >= fence.length) fence = undefined;
    }
    if (fenceMatch || fence !== undefined) {
      out.push(line);
      lineNumber++;
      continue;
    }
    if (alertPattern.test(line)) result.fixes.push({ kind: 'alert', line: lineNumber });
    const video = videoPattern.exec(line);
    if (video) {
      const quoted = video[2] !== undefined && (/^\s*>/.test(lines[index - 1] ?? '') || /^\s*>/.test(lines[index + 1] ?? ''));
      line = `${video[1]}${quoted ? video[2] : ''}[${video[3]}](${video[3]})`;
      result.fixes.push({ kind: 'video', line: lineNumber });
    }
    line = line.replace(includePattern, (whole, _title: string, path: string) => {
      const included = depth < maxIncludeDepth ? options.readInclude(path) : undefined;
      if (included === undefined) {
        result.warnings.push({ field: '[!INCLUDE]', message: depth < maxIncludeDepth ? `cannot read the included file ${path}: kept as written` : `includes nest deeper than ${maxIncludeDepth}: kept as written`, fix: 'put the included file where the link points, or paste its text into the article' });
        return whole;
      }
      const expanded = expandDocsExtensions(splitFrontmatter(included).body.trim(), options, depth + 1);
      result.warnings.push(...expanded.warnings);
      result.fixes.push({ kind: 'include', line: lineNumber });
      return expanded.body;
    });
    out.push(line);
    lineNumber += line.split('\n').length;
  }
  result.body = out.join('\n').replace(imagePattern, (_whole, attributes: string, longDescription: string | undefined, offset: number, text: string) => {
    const values = Object.fromEntries([...attributes.matchAll(attributePattern)].map((m) => [m[1].toLowerCase(), m[2]]));
    result.fixes.push({ kind: 'image-extension', line: text.slice(0, offset).split('\n').length });
    const alt = (values['alt-text'] ?? '').replace(/[[\]\\]/g, '\\$&');
    const image = `![${alt}](${values.source ?? ''})`;
    return longDescription === undefined ? image : `${image}\n\n${longDescription.trim()}`;
  });
  return result;
}
