import { LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { problemIn, type ContentProblem } from './content-problem.ts';

/** A parsed YAML file and a way to report a problem at one of its nodes, with its line, the file's fix and rule. */
export interface CheckedYaml {
  document: Document;
  problems: ContentProblem[];
  report(field: string | undefined, message: string, node: Node | null | undefined, found: string): void;
}

/**
 * Parses a small YAML configuration file for checking: a file that does not parse gives one problem at the line of
 * its first error; otherwise `report` adds problems at a node's line.
 * `readCheckedYaml('product: [', 'content/fr-FR/breadcrumb.yml', { fix: 'write …', rule: 'breadcrumb-config' })`
 * → `{ problems: [{ file, line: 1, message: 'YAML does not parse: …', fix, rule }], … }`.
 */
export function readCheckedYaml(
  text: string,
  file: string,
  { fix, rule }: { fix: string; rule: string },
): CheckedYaml {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  const problems: ContentProblem[] = [];
  const report: CheckedYaml['report'] = (field, message, node, found) =>
    problems.push(
      problemIn(file, field, message, {
        line: node?.range ? lineCounter.linePos(node.range[0]).line : undefined,
        found,
        fix,
        rule,
      }),
    );
  const [error] = document.errors;
  if (error)
    problems.push(
      problemIn(file, undefined, `YAML does not parse: ${error.message.split('\n')[0]}`, {
        line: error.linePos?.[0].line,
        fix,
        rule,
      }),
    );
  return { document, problems, report };
}
