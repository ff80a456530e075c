/**
 * A small RFC 4180 CSV reader: comma-separated, double quotes around fields that hold commas, quotes
 * or line breaks, "" for a quote inside. CRLF or LF. Returns rows of fields with their line numbers.
 */
export interface CsvRow {
  /** 1-based line where the row starts. */
  readonly line: number;
  readonly fields: readonly string[];
}

export type CsvResult = { readonly ok: true; readonly rows: readonly CsvRow[] } | { readonly ok: false; readonly line: number; readonly message: string };

export function readCsv(text: string): CsvResult {
  const rows: CsvRow[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  for (let i = 0; i < source.length; i += 1) {
    const c = source[i];
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') {
        quoted = false;
      } else {
        if (c === '\n') line += 1;
        field += c;
      }
      continue;
    }
    if (c === '"' && field === '') quoted = true;
    else if (c === '"') return { ok: false, line, message: 'a quote inside an unquoted field' };
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && source[i + 1] === '\n') i += 1;
      fields.push(field);
      if (fields.some((f) => f.trim() !== '')) rows.push({ line: rowLine, fields });
      fields = [];
      field = '';
      line += 1;
      rowLine = line;
    } else field += c;
  }
  if (quoted) return { ok: false, line, message: 'a quoted field is not closed' };
  fields.push(field);
  if (fields.some((f) => f.trim() !== '')) rows.push({ line: rowLine, fields });
  return { ok: true, rows };
}
