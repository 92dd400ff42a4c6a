import type { ContentProblem } from '../content/content-problem.ts';
import type { ArticleText, BuiltPage, PageLink } from './collect-page-links.ts';

/** Errors fail the build; warnings are printed, and fail it only with `--strict`. */
export type Severity = 'error' | 'warning';

/** A rule's verdict on one link or text of a built page, before it is mapped back to a source file. */
export interface PageFinding {
  severity: Severity;
  /** Short rule id, e.g. `missing-anchor`; the report shows it where content problems show a field. */
  rule: string;
  page: BuiltPage;
  /** The link concerned, or the article text for `raw-url-text`. */
  link?: PageLink;
  text?: ArticleText;
  /** The string to look for in the source to find the line (defaults to the link's URL). */
  needle?: string;
  message: string;
  fix?: string;
}

/** A finding placed in the file a person edits to fix it: the content file, or the template and component. */
export interface LinkFinding extends ContentProblem {
  severity: Severity;
  rule: string;
  /** The URL as written, when the finding is about one link. */
  link?: string;
  /** The built page it was seen on, e.g. `/fr-fr/troubleshoot-sspr/`. */
  page?: string;
}
