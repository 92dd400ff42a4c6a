import { splitFrontmatter } from '../content/split-frontmatter.ts';
import type { FixKind, ImportWarning } from './import-notes.ts';
import { createLineIndex } from '../line-index.ts';
import { codeBlockLines } from './code-block-lines.ts';

/** Why an included file may not be read: it leads out of the import, or it is not UTF-8. */
export interface IncludeRefusal {
  rule: string;
  message: string;
  fix: string;
}

/** How to reach the files an article includes. */
export interface ExtensionOptions {
  /** The text of an included file, by the path written in the article; undefined when it is not there. */
  readInclude: (path: string) => string | IncludeRefusal | undefined;
}

/** The body with Docs extensions turned into Markdown, and what was done. Lines are those of the input body. */
export interface ExpandedBody {
  body: string;
  /** For each line of `body` (0-based), the 1-based input line it comes from: included lines map to their include. */
  lineMap: number[];
  fixes: Array<{ kind: FixKind; line: number }>;
  warnings: Array<Omit<ImportWarning, 'offset'> & { line: number }>;
  /** Includes that may not be read: the article fails, naming the line. */
  problems: Array<Omit<ImportWarning, 'offset'> & { line: number }>;
}

const includePattern = /\[!INCLUDE\s*\[([^\]]*)\]\(([^)\s]+)\)\]/gi;
const videoPattern = /^(\s*)(>\s*)?\[!VIDEO\s+([^\]\s]+)\]\s*$/i;
const alertPattern = /^\s*>\s*\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]/i;
const imagePattern = /:::image\s+([^]*?):::(?:([^]*?):::image-end:::)?/g;
const attributePattern = /([\w-]+)\s*=\s*"([^"]*)"/g;
const maxIncludeDepth = 5;

/**
 * Turns Microsoft Docs extensions into plain Markdown before conversion:
 * `[!INCLUDE[x](../includes/x.md)]` → the included body; `> [!VIDEO https://v.example/e/1]` →
 * `[https://v.example/e/1](https://v.example/e/1)` (a link: no third-party player in the page);
 * `:::image type="content" source="a.png" alt-text="A":::` → `![A](a.png)`. Alerts (`> [!NOTE]`) stay:
 * the site renders them as callouts. Code blocks are left alone.
 */
export function expandDocsExtensions(
  body: string,
  options: ExtensionOptions,
  depth = 0,
): ExpandedBody {
  const result: ExpandedBody = { body: '', lineMap: [], fixes: [], warnings: [], problems: [] };
  const withImages = expandImages(body, result);
  const lines = withImages.split('\n');
  const inCode = codeBlockLines(withImages);
  const out: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    let line = lines[index];
    const lineNumber = index + 1;
    if (!inCode[index]) {
      if (alertPattern.test(line)) result.fixes.push({ kind: 'alert', line: lineNumber });
      const video = videoPattern.exec(line);
      if (video) {
        const quoted =
          video[2] !== undefined &&
          (/^\s*>/.test(lines[index - 1] ?? '') || /^\s*>/.test(lines[index + 1] ?? ''));
        line = `${video[1]}${quoted ? video[2] : ''}[${video[3]}](${video[3]})`;
        result.fixes.push({ kind: 'video', line: lineNumber });
      }
      line = line.replace(includePattern, (whole, _title: string, path: string) => {
        const included = depth < maxIncludeDepth ? options.readInclude(path) : undefined;
        if (typeof included === 'object') {
          result.problems.push({ line: lineNumber, field: '[!INCLUDE]', ...included });
          return whole;
        }
        if (included === undefined) {
          result.warnings.push({
            line: lineNumber,
            field: '[!INCLUDE]',
            rule: 'include-missing',
            message:
              depth < maxIncludeDepth
                ? `cannot read the included file ${path}: kept as written`
                : `includes nest deeper than ${maxIncludeDepth}: kept as written`,
            fix: 'put the included file where the link points, or paste its text into the article',
          });
          return whole;
        }
        const expanded = expandDocsExtensions(
          splitFrontmatter(included).body.trim(),
          options,
          depth + 1,
        );
        // What happens inside an included file is reported at the line that includes it.
        result.warnings.push(...expanded.warnings.map((w) => ({ ...w, line: lineNumber })));
        result.problems.push(...expanded.problems.map((p) => ({ ...p, line: lineNumber })));
        result.fixes.push(
          { kind: 'include', line: lineNumber },
          ...expanded.fixes.map((f) => ({ ...f, line: lineNumber })),
        );
        return expanded.body;
      });
    }
    out.push(line);
    for (let count = line.split('\n').length; count > 0; count--) result.lineMap.push(lineNumber);
  }
  result.body = out.join('\n');
  return result;
}

/**
 * `:::image…:::` (and `:::image-end:::` with a long description) → a Markdown image, padded with newlines
 * so every later line keeps its number.
 */
function expandImages(body: string, result: ExpandedBody): string {
  const lines = createLineIndex(body);
  return body.replace(
    imagePattern,
    (whole: string, attributes: string, longDescription: string | undefined, offset: number) => {
      const values = Object.fromEntries(
        [...attributes.matchAll(attributePattern)].map((m) => [m[1].toLowerCase(), m[2]]),
      );
      result.fixes.push({ kind: 'image-extension', line: lines.lineAt(offset) });
      const alt = (values['alt-text'] ?? '').replace(/[[\]\\]/g, '\\$&');
      const image = `![${alt}](${values.source ?? ''})`;
      const markdown =
        longDescription === undefined ? image : `${image}\n\n${longDescription.trim()}`;
      const missingLines = whole.split('\n').length - markdown.split('\n').length;
      return markdown + '\n'.repeat(Math.max(0, missingLines));
    },
  );
}
