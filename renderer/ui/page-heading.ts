/** The id of the current page's level-1 heading (one page is shown at a time). */
export const PAGE_HEADING_ID = 'page-heading';

/** Moves keyboard and screen-reader focus to the page heading, e.g. after a navigation. */
export function focusPageHeading(doc: Document): void {
  doc.getElementById(PAGE_HEADING_ID)?.focus({ preventScroll: false });
}
