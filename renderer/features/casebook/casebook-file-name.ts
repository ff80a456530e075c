/**
 * The name proposed for the saved PDF: casebook-<subject>-<date>.pdf, with anything a file name may not
 * hold (the bridge's FileName rule) replaced by "_".
 */
export function casebookFileName(subject: string, date: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not hold
  const safe = (text: string) => text.replace(/[\\/:*?"<>|\u0000-\u001f\s]+/g, '_');
  return `casebook-${safe(subject)}-${safe(date)}.pdf`;
}
