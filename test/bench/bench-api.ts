/**
 * What the bench page (test/bench/page/bench-entry.ts) exposes as `window.bench`, and what the runner
 * (test/bench/run-bench.ts) calls through `page.evaluate`, and the accounts both sides use. Every value
 * crosses the CDP wire, so everything here is plain data.
 */
import type { DemoRates } from '../../shared/demo';

/**
 * The accounts the bench page creates as the app's first run does (site setup, then an account created by
 * the administrator), and the one the runner signs in with on the app's sign-in screen. The nurse is
 * unblinded, so the largest form is the largest any nurse sees.
 */
export const BENCH_PASSWORD = 'ward seven nights 2025';
export const BENCH_ADMIN = { displayName: 'Bench Administrator', login: 'bench.admin' } as const;
export const BENCH_NURSE = { displayName: 'Bench Nurse', login: 'bench.nurse', role: 'nurse', blinded: false } as const;

export interface DataConfig {
  readonly protocolId: string;
  readonly subjects: number;
  readonly seed: number;
  readonly startDate: string;
  readonly today: string;
  readonly siteId: string;
  readonly batchSize: number;
  readonly rates: Partial<DemoRates>;
}

export interface LoadReport {
  /** Site setup and the nurse's account (two PBKDF2 wraps each, by design), before the data is loaded. */
  readonly setupMs: number;
  readonly events: number;
  readonly subjects: number;
  readonly generateMs: number;
  readonly appendMs: number;
  readonly totalMs: number;
  /** navigator.storage.estimate().usage after loading (bytes, the whole origin). */
  readonly storageBytes: number | undefined;
}

export interface FieldChangeReport {
  /** setItemValue (entries-repo → commitEvent): one transaction, event + chain head + projection. */
  readonly commitMs: number[];
  /** A raw IndexedDB put of the same sealed event into a store without indexes, one transaction each. */
  readonly barePutMs: number[];
  /** The durability IndexedDB reports for the bare put's transaction (the browser's default). */
  readonly durability: string;
  readonly item: string;
}

/** The largest single (non-repeating) form of the protocol's visits, for one subject with data on it. */
export interface FormTarget {
  readonly subjectId: string;
  readonly visitId: string;
  readonly formId: string;
  readonly fields: number;
  /** Route of the visit page with the form selected (hash router). */
  readonly route: string;
  /** Route of the subject page (where the user opens the visit from). */
  readonly subjectRoute: string;
  /** DOM id of the form's last field that is always drawn: present once the whole form rendered. */
  readonly lastInputId: string;
}

export interface FormPartsReport {
  /** buildVisitModel for the visit (every form of it). */
  readonly modelMs: number[];
  /** buildDraftSchema (zod) for the largest form. */
  readonly schemaMs: number[];
  /** The draft schema's parse plus validateEntry over the stored record. */
  readonly validateMs: number[];
}

export interface ReviewReport {
  readonly readMs: number;
  /** buildReview, run after run in one page: the first builds the form-plan cache and warms the JIT. */
  readonly buildMs: number[];
  readonly subjects: number;
  readonly visits: number;
  readonly entries: number;
  readonly findings: number;
}

export interface ExportReport {
  readonly ms: number;
  readonly zipBytes: number;
  readonly events: number;
  readonly subjects: number;
  readonly members: readonly { readonly path: string; readonly bytes: number }[];
  /** Largest performance.memory.usedJSHeapSize seen at a progress report (bytes). */
  readonly heapPeakInPage: number;
  readonly phasesMs: Readonly<Record<string, number>>;
}

export interface SerializeReport {
  readonly ms: number;
  readonly events: number;
  readonly chars: number;
}

export interface ImportStep {
  /** readBundle: unzip, member hashes, parse and verify every event. */
  readonly readMs: number;
  /** planBundleImport as the import panel shows it before the user confirms. */
  readonly planMs: number;
  /** importBundle: one transaction (plan again, append, conflict queries). */
  readonly writeMs: number;
  readonly totalMs: number;
  readonly added: number;
  readonly alreadyStored: number;
}

export interface ImportReport {
  readonly first: ImportStep;
  readonly again: ImportStep;
}

export interface BenchApi {
  /**
   * Deletes the app's real database, sets the site up (administrator, encrypted store) and creates the nurse's
   * account, then fills it with the demo trial through appendGeneratedEvents on the unlocked store.
   */
  load(config: DataConfig): Promise<LoadReport>;
  /** Uses what an earlier load left in this profile (`--profile-dir`, for working on the bench), signing in as the nurse. */
  attach(config: DataConfig): Promise<LoadReport>;
  fieldChanges(count: number): Promise<FieldChangeReport>;
  formTargets(count: number): Promise<FormTarget[]>;
  formParts(runs: number): Promise<FormPartsReport>;
  review(runs: number): Promise<ReviewReport>;
  exportBundle(): Promise<ExportReport>;
  serializeEvents(): Promise<SerializeReport>;
  /** Imports the last exported bundle into a fresh database, then imports it again. */
  importTwice(databaseName: string): Promise<ImportReport>;
  /** Closes the page's store (before the app opens the same database). */
  close(): Promise<void>;
}

declare global {
  interface Window {
    bench?: BenchApi;
  }
}
