import GithubSlugger from 'github-slugger';
import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from '../markdown/visit-tree.ts';
import { sectionAnchorPattern, type SourceHeading } from '../content/section-ids.ts';
import { createPassOutput, type PassOutput } from './import-notes.ts';

/** How sections get their ids. */
export interface SectionHeadingOptions {
  /** Turn bold symptom lines into `##` headings. */
  symptomHeadings: boolean;
  /** Headings of the source-locale article with the same slug, if there is one: their ids are reused by position. */
  sourceHeadings?: SourceHeading[];
}

const sectionDepth = 2;

/**
 * Gives every section (`#` and `##` heading, also in quotes and lists) a stable `<a name>` id and turns symptom lines into sections:
 * `**I see an error**` followed by content → `## <a name="error-message"></a>I see an error`.
 * Ids come from the source-locale article by position when its sections line up, else from the text.
 */
export function convertSectionHeadings(
  tree: Root,
  source: string,
  options: SectionHeadingOptions,
): PassOutput {
  const out = createPassOutput();
  // In document order: headings wherever the content check reads them (also in quotes and lists), symptom lines at the top.
  const sections: Section[] = [];
  visit(tree, (node, index, parent) => {
    if (node.type === 'heading' && node.depth <= sectionDepth)
      sections.push(headingSection(node, source));
    else if (
      options.symptomHeadings &&
      parent === tree &&
      index !== undefined &&
      node.type === 'paragraph' &&
      isSymptomLine(node, tree.children[index + 1])
    )
      sections.push(symptomSection(node));
  });
  const sourceSections = (options.sourceHeadings ?? []).filter((h) => h.depth <= sectionDepth);
  const linesUp =
    sourceSections.length === sections.length &&
    sections.every((s, i) => s.depth === sourceSections[i].depth);
  if (options.sourceHeadings && !linesUp && sections.some((s) => !s.id)) {
    out.warnings.push({
      field: 'section ids',
      rule: 'sections-unaligned',
      message: `the sections do not line up with the source-locale article (${sourceSections.length} there, ${sections.length} here): ids were made from the text`,
      fix: 'check the headings and set each <a name> to the id of the matching source section',
    });
  }
  const slugger = new GithubSlugger();
  for (const section of sections) if (section.id) slugger.slug(section.id);
  sections.forEach((section, index) => {
    const id =
      section.id ??
      (linesUp ? sourceSections[index].id : undefined) ??
      (slugger.slug(section.text) || slugger.slug(`section-${index + 1}`));
    if (section.kind === 'heading') {
      if (section.id) return;
      out.edits.push({
        start: section.contentStart,
        end: section.contentStart,
        text: `<a name="${id}"></a>`,
      });
      out.fixes.push({ kind: 'heading-id', offset: section.start });
      return;
    }
    out.edits.push(
      { start: section.start, end: section.contentStart, text: `## <a name="${id}"></a>` },
      { start: section.contentEnd, end: section.end, text: '' },
    );
    out.fixes.push({ kind: 'symptom-heading', offset: section.start });
  });
  return out;
}

interface Section {
  kind: 'heading' | 'symptom';
  depth: number;
  id?: string;
  text: string;
  start: number;
  end: number;
  contentStart: number;
  contentEnd: number;
}

function headingSection(node: Heading, source: string): Section {
  const start = node.position!.start.offset!;
  const first = node.children[0];
  const contentStart = first?.position?.start.offset ?? node.position!.end.offset!;
  // Only the anchor form the content check accepts counts: any other (`<a name="x" />`) gets a proper anchor.
  const anchor =
    first?.type === 'html'
      ? sectionAnchorPattern.exec(source.slice(contentStart, node.position!.end.offset!))
      : null;
  const id = anchor?.index === 0 ? anchor[1] : undefined;
  return {
    kind: 'heading',
    depth: node.depth,
    id,
    text: toString(node),
    start,
    end: node.position!.end.offset!,
    contentStart,
    contentEnd: contentStart,
  };
}

function symptomSection(node: Paragraph): Section {
  const strong = node.children.find((child) => child.type === 'strong')!;
  const children = strong.children;
  return {
    kind: 'symptom',
    depth: sectionDepth,
    text: toString(strong),
    start: node.position!.start.offset!,
    // Up to the closing `**`: punctuation after it (`**Check the bin**.`) stays, in the heading.
    end: strong.position!.end.offset!,
    contentStart: children[0].position!.start.offset!,
    contentEnd: children[children.length - 1].position!.end.offset!,
  };
}

/**
 * A paragraph that is one bold phrase on one line, maybe followed by punctuation outside the bold
 * (`**Check the recycle bin**.`, as the English corpus writes it), with content after it that it introduces.
 */
function isSymptomLine(node: Paragraph, next: RootContent | undefined): boolean {
  if (!next || next.type === 'heading' || node.children.length === 0 || node.children.length > 2)
    return false;
  const [strong, after] = node.children;
  if (after && (after.type !== 'text' || !/^[.:!?。：]\s*$/.test(after.value))) return false;
  if (strong.type !== 'strong' || strong.children.length === 0) return false;
  const text = toString(strong);
  return (
    text.trim() !== '' &&
    !text.includes('\n') &&
    node.position!.start.line === node.position!.end.line
  );
}
