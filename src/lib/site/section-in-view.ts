/** A section heading and where it is now, relative to the top of the viewport. */
export interface HeadingPosition {
  id: string;
  /** `getBoundingClientRect().top`, in CSS pixels; negative once scrolled past. */
  top: number;
}

/**
 * The section the reader is in: the last heading that has reached a reading line `line` pixels
 * below the top of the viewport, or undefined while the reader is still above the first one.
 * `sectionInView([{ id: 'a', top: -300 }, { id: 'b', top: 120 }, { id: 'c', top: 900 }], 200)` → `'b'`.
 */
export function sectionInView(
  headings: readonly HeadingPosition[],
  line: number,
): string | undefined {
  let current: string | undefined;
  for (const heading of headings) {
    if (heading.top > line) break;
    current = heading.id;
  }
  return current;
}
