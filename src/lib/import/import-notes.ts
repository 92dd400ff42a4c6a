/** A replacement of `source.slice(start, end)` by `text`; offsets are into the article body. */
export interface SourceEdit {
  start: number;
  end: number;
  text: string;
}

/** The kinds of construct the importer rewrites, counted in the summary. */
export type FixKind =
  | 'frontmatter-key'
  | 'frontmatter-quote'
  | 'angle-autolink'
  | 'placeholder-tag'
  | 'bare-angle'
  | 'curly-brace'
  | 'esm-like-line'
  | 'br-tag'
  | 'orphan-tag'
  | 'html-comment'
  | 'html-attribute'
  | 'indented-code'
  | 'alert'
  | 'video'
  | 'include'
  | 'image-extension'
  | 'link'
  | 'site-root-link'
  | 'image-copy'
  | 'symptom-heading'
  | 'heading-id'
  | 'unsafe-html';

/** One construct rewritten, at a body offset (turned into a file line for reports). */
export interface ImportFix {
  kind: FixKind;
  offset: number;
}

/** Something a person should look at; the file is still imported. */
export interface ImportWarning {
  offset?: number;
  field: string;
  /** The rule id the summary counts warnings by, e.g. `link-outside-import`. */
  rule?: string;
  message: string;
  fix?: string;
}

/** What one conversion pass over the parsed body adds: edits to apply, fixes to count, warnings to show. */
export interface PassOutput {
  edits: SourceEdit[];
  fixes: ImportFix[];
  warnings: ImportWarning[];
}

/** An empty pass result to push into. */
export function createPassOutput(): PassOutput {
  return { edits: [], fixes: [], warnings: [] };
}
