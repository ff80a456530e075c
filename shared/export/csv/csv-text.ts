import Papa from 'papaparse/papaparse.min.js';

/**
 * CSV as the bundle writes it: RFC 4180 (fields quoted when they hold a comma, quote or line break;
 * CRLF line ends) by papaparse, UTF-8 with a byte-order mark. The BOM is what makes Excel open the
 * Chinese text as UTF-8 rather than the system code page; R (readr), pandas ("utf-8-sig") and SAS
 * read it as well.
 */
export const BOM = '\uFEFF';

/**
 * Text cells that a spreadsheet would run as a formula (=, +, @, tab, CR, or "-" not followed by a
 * plain number) get a leading apostrophe (OWASP "CSV injection"). Numbers, dates and codes never
 * start like that, so only free text typed at the site can be touched.
 */
const FORMULA = /^(?:[=+@\t\r]|-(?!\d+(?:\.\d+)?$))/;

/** Rows as CSV text, each ending in CRLF. */
export function csvLines(rows: readonly (readonly string[])[]): string {
  if (rows.length === 0) return '';
  return `${Papa.unparse(rows, { newline: '\r\n', escapeFormulae: FORMULA })}\r\n`;
}

/** The start of a CSV file: BOM and header line. */
export const csvHeader = (columns: readonly string[]): string => BOM + csvLines([columns]);
