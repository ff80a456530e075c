/**
 * renderer/features/casebook: the printable per-subject casebook (#/subjects/:subjectId/casebook). What it
 * holds and in which order is shared/casebook's; this feature reads the store (renderer/db casebook-reads),
 * words it in the UI language, lays it out for A4 (casebook.css) and prints through the platform bridge.
 */
export { CasebookPage } from './CasebookPage';
export { casebookFileName } from './casebook-file-name';
