import { getFencedLines } from './code-fences.ts';
import type { ContentProblem } from './content-problem.ts';

/**
 * Limits that keep pathological input from hanging or crashing the parsers, checked before any of them runs. Each
 * is far beyond what an article needs (the largest in the Alchemy Insights sample is 7 KB, its longest line 1,419
 * characters, its deepest nesting 3) and low enough that the MDX parser stays within seconds: it overflows its stack
 * at ~8,000 nested elements or quotes, is quadratic in nested links and emphasis within one paragraph (48 KB of
 * nested links: 9 s; 16 KB of nested `**`: 2.3 s) and slower the deeper lists nest (1,000 levels: over a minute).
 */
export const inputLimits = {
  /** Characters in one article file. */
  fileChars: 128 * 1024,
  /** Characters on one line (inline data: icons included). */
  lineChars: 20_000,
  /** Block quotes and list items opened on one line (`> > - x`). */
  lineContainers: 16,
  /** Columns of indentation before a line's text, outside fenced code. */
  indentColumns: 64,
  /** HTML elements open inside each other. */
  elementDepth: 32,
  /** `[` or `{` open inside each other within one paragraph. */
  bracketDepth: 32,
  /** `*`, `_` or `~` runs in one paragraph: each may open or close emphasis, which the parser pairs up in quadratic time. */
  paragraphDelimiters: 200,
  /** `[` in one paragraph: each may start a link the parser tries to resolve. */
  paragraphBrackets: 1_000,
};

const thousands = (n: number) => n.toLocaleString('en-US');

/**
 * The file-size and line-length limits, over the whole file:
 * `findSizeProblems('a.mdx', 'x'.repeat(300_000))` → `[{ file: 'a.mdx', field: 'file size', message: 'the file has 300,000 characters; the limit is 262,144', … }]`.
 */
export function findSizeProblems(file: string, text: string): ContentProblem[] {
  if (text.length > inputLimits.fileChars) {
    return [{ file, field: 'file size', message: `the file has ${thousands(text.length)} characters; the limit is ${thousands(inputLimits.fileChars)}`, fix: 'split the article into several, or move inline data: images into media files' }];
  }
  let line = 1;
  for (let start = 0; start < text.length; line++) {
    const end = text.indexOf('\n', start);
    const length = (end === -1 ? text.length : end) - start;
    if (length > inputLimits.lineChars) {
      return [{ file, line, field: 'line length', message: `the line has ${thousands(length)} characters; the limit is ${thousands(inputLimits.lineChars)}`, fix: 'break the paragraph into lines or paragraphs, or move an inline data: image into a media file' }];
    }
    if (end === -1) break;
    start = end + 1;
  }
  return [];
}

/** Block starts that end the paragraph before them, for the per-paragraph counts. */
const blockStart = /^[ \t]*(?:$|[-+*][ \t]|\d{1,9}[.)][ \t]|#|>|\|)/;

/**
 * The nesting limits, over an article body: quotes and lists, indentation, elements, brackets and emphasis.
 * `bodyLine` is the file line of the body's first line. One problem per limit, at the first line that breaks it:
 * `findNestingProblems('a.mdx', '>'.repeat(10_000) + ' x\n', 5)` → `[{ line: 5, field: 'nesting', message: 'the line opens 10,000 block quotes or list items; the limit is 32', … }]`.
 */
export function findNestingProblems(file: string, body: string, bodyLine = 1): ContentProblem[] {
  const problems = new Map<string, ContentProblem>();
  const report = (key: string, index: number, field: string, message: string, fix: string) => {
    if (!problems.has(key)) problems.set(key, { file, line: bodyLine + index, field, message, fix });
  };
  const lines = body.split('\n');
  const fenced = getFencedLines(lines);
  let elementDepth = 0;
  let paragraph = { delimiters: 0, brackets: 0, bracketDepth: 0, braceDepth: 0 };
  lines.forEach((line, index) => {
    if (fenced[index]) return;
    const containers = countContainers(line);
    if (containers > inputLimits.lineContainers) {
      report('containers', index, 'nesting', `the line opens ${thousands(containers)} block quotes or list items; the limit is ${inputLimits.lineContainers}`, 'flatten the quotes or lists: readers cannot follow that many levels');
    }
    const indent = indentColumns(line);
    if (indent > inputLimits.indentColumns) {
      report('indent', index, 'nesting', `the line is indented ${thousands(indent)} columns; the limit is ${inputLimits.indentColumns}`, 'flatten the nested lists, or put deeply indented text in a fenced code block');
    }
    if (blockStart.test(line)) paragraph = { delimiters: 0, brackets: 0, bracketDepth: 0, braceDepth: 0 };
    // Depths are checked at their deepest, inside the line: nesting opened and closed on one line counts too.
    let deepestBracket = 0;
    let deepestElement = elementDepth;
    for (let i = 0; i < line.length; i++) {
      const char = line[i];
      if (char === '\\') i++;
      else if (char === '*' || char === '_' || char === '~') {
        while (line[i + 1] === char) i++;
        paragraph.delimiters++;
      } else if (char === '[') {
        paragraph.brackets++;
        deepestBracket = Math.max(deepestBracket, ++paragraph.bracketDepth);
      } else if (char === ']') paragraph.bracketDepth = Math.max(0, paragraph.bracketDepth - 1);
      else if (char === '{') deepestBracket = Math.max(deepestBracket, ++paragraph.braceDepth);
      else if (char === '}') paragraph.braceDepth = Math.max(0, paragraph.braceDepth - 1);
      else if (char === '<') {
        elementDepth = Math.max(0, elementDepth + elementStep(line, i));
        deepestElement = Math.max(deepestElement, elementDepth);
      }
    }
    if (paragraph.delimiters > inputLimits.paragraphDelimiters) {
      report('delimiters', index, 'nesting', `the paragraph has more than ${inputLimits.paragraphDelimiters} runs of *, _ or ~; the parser pairs them up in quadratic time`, 'split the paragraph, or write literal marks as \\*, \\_ or \\~');
    }
    if (paragraph.brackets > inputLimits.paragraphBrackets) {
      report('brackets', index, 'nesting', `the paragraph has more than ${thousands(inputLimits.paragraphBrackets)} [ brackets`, 'split the paragraph, or write literal brackets as \\[');
    }
    if (deepestBracket > inputLimits.bracketDepth) {
      report('bracket-depth', index, 'nesting', `the paragraph opens more than ${inputLimits.bracketDepth} [ or { inside each other`, 'close the brackets, or write literal ones as \\[ and \\{');
    }
    if (deepestElement > inputLimits.elementDepth) {
      report('elements', index, 'nesting', `more than ${inputLimits.elementDepth} HTML elements are open inside each other here`, 'close the elements, or write a literal < as \\<');
    }
  });
  return [...problems.values()];
}

/** How many `>` quotes and list markers open a line: `countContainers('> > - x')` → 3. */
function countContainers(line: string): number {
  let count = 0;
  const marker = /[ \t]*(?:>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t]))/y;
  while (marker.exec(line)) count++;
  return count;
}

/** Columns of leading whitespace, a tab reaching the next multiple of 4. */
function indentColumns(line: string): number {
  let columns = 0;
  for (const char of line) {
    if (char === ' ') columns++;
    else if (char === '\t') columns += 4 - (columns % 4);
    else break;
  }
  return columns;
}

/** +1 for an opening tag at `i`, -1 for a closing one, 0 for a self-closing tag or a plain `<`. */
function elementStep(line: string, i: number): number {
  const next = line[i + 1] ?? '';
  if (next === '/') return -1;
  if (!/[A-Za-z>]/.test(next)) return 0;
  // The tag ends at the next `>`, unless another `<` comes first: scanning stops there, so a line is read once.
  const tag = /[^<>]*>/y;
  tag.lastIndex = i + 1;
  const match = tag.exec(line);
  return match && match[0].endsWith('/>') ? 0 : 1;
}
