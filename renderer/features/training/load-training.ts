import type { CrfEvent } from '../../../shared/events';
import type { Result } from '../../../shared/lib/result';
import type { Protocol } from '../../../shared/protocol';
import { formatLocalDate, parseLocalDate } from '../../../shared/schedule';
import { closeStore, deleteStoreDatabase, openStore, type Store, type WriteError } from '../../db';
import { GeneratedEventsWriter } from '../../db/generated-events';
import { inThreadSource, workerSource, type DemoBatchSource, type DemoSourceOptions } from './demo-source';

/** The largest training set offered (about 700 records per subject: some 700,000 records). */
export const MAX_TRAINING_SUBJECTS = 1000;

/** The same seed every time: a given protocol, size, site and day always give the same courses. */
export const TRAINING_SEED = 20_240_611;

/**
 * How far back the synthetic trial starts: subjects are screened over its first 60 % (about 7 months), so by today
 * the early ones have finished and the later ones are still on study, with visits due.
 */
export const TRAINING_SPAN_DAYS = 365;

/** Events per batch: one generator step and one IndexedDB transaction each. */
export const TRAINING_BATCH_SIZE = 2000;

/**
 * Projection rows touched in the last this-many batches (about 50,000 events) stay in memory while loading and
 * are written once they fall out, or at the end: most rows are written once instead of at every batch that
 * changes them, and memory stays bounded for 1,000 subjects.
 */
export const TRAINING_KEEP_BATCHES = 25;

export interface TrainingLoadRequest {
  readonly protocol: Protocol;
  readonly subjects: number;
  /** The site's today, 'YYYY-MM-DD': nothing in the synthetic trial happens after it. */
  readonly today: string;
  /** Subject codes start with it (the laptop's site, so the lists look like the site's own). */
  readonly siteId: string;
  /** The training database (never the real one: the caller passes the gate's training name). */
  readonly databaseName: string;
  /** Opens a store on a database name (default: `openStore`). */
  readonly open?: (name: string) => Promise<Result<Store, WriteError>>;
  /** Deletes a database (default: `deleteStoreDatabase`). */
  readonly remove?: (name: string) => Promise<void>;
  /** Ids of the demo device, and of events and rows when generated in this thread (default: `crypto.randomUUID`). */
  readonly newId?: () => string;
  /**
   * Where the generator runs: in a worker (default where the platform has workers), so generating the next batch
   * overlaps writing the last one, or in this thread (tests, and platforms without workers).
   */
  readonly createWorker?: (() => Worker) | null;
}

const defaultWorker = (): Worker => new Worker(new URL('./demo-worker.ts', import.meta.url), { type: 'module' });

/**
 * A macrotask: lets the transaction just started issue its writes before this thread is busy again. A message,
 * not a timer: timers of a page in the background are throttled to one a second or less.
 */
function nextTask(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export interface TrainingProgress {
  /** 0–1: how far the simulated trial has got from its start to today. */
  readonly fraction: number;
  /** The simulated day the last written event happened on. */
  readonly simulatedDate: string;
  readonly subjectsEnrolled: number;
  readonly eventsWritten: number;
}

export type TrainingLoadOutcome =
  | { readonly status: 'done'; readonly subjects: number; readonly events: number }
  | { readonly status: 'cancelled' }
  | { readonly status: 'failed'; readonly message: string };

export interface TrainingLoadControl {
  readonly isCancelled: () => boolean;
  readonly onProgress: (progress: TrainingProgress) => void;
}

const DAY_MS = 86_400_000;

const rejectionText = (issues: { readonly kind: string; readonly message?: string; readonly error?: { readonly message: string } }): string =>
  `${issues.kind}: ${issues.message ?? issues.error?.message ?? ''}`;

/**
 * Fills the training database with a synthetic trial from the demo generator: deletes what it held, then
 * generates batches of sealed events of a demo device (in a worker where there is one) and appends each in one
 * transaction while the next is generated; the page can paint (and take a click on Cancel) between batches.
 * Cancelling stops after the current batch and deletes the partly filled database, as does a failure: the
 * training database is either complete or absent. The real database is never opened here.
 */
export async function loadTrainingDatabase(request: TrainingLoadRequest, control: TrainingLoadControl): Promise<TrainingLoadOutcome> {
  const open = request.open ?? ((name: string) => openStore({ name }));
  const remove = request.remove ?? ((name: string) => deleteStoreDatabase(name));
  const newId = request.newId ?? (() => crypto.randomUUID());
  const todayNumber = parseLocalDate(request.today);
  if (todayNumber === undefined) return { status: 'failed', message: `"${request.today}" is not a date` };
  const startDate = formatLocalDate(todayNumber - TRAINING_SPAN_DAYS);
  const options: DemoSourceOptions = {
    protocol: request.protocol,
    subjects: request.subjects,
    seed: TRAINING_SEED,
    today: request.today,
    startDate,
    deviceId: newId(),
    sites: [request.siteId],
    batchSize: TRAINING_BATCH_SIZE,
  };
  const createWorker = request.createWorker === undefined ? (typeof Worker === 'undefined' ? null : defaultWorker) : request.createWorker;
  const inThread = inThreadSource(options, newId);
  if (!inThread.ok) return { status: 'failed', message: inThread.issues };
  let source: DemoBatchSource = createWorker === null ? inThread.value : workerSource(options, createWorker);
  let received = 0;
  /** The next batch; a worker that fails before its first batch (a platform that cannot start it) is replaced by this thread. */
  const nextBatch = async (): Promise<readonly CrfEvent[] | undefined> => {
    try {
      const batch = await source.next();
      received += 1;
      return batch;
    } catch (error) {
      if (received > 0 || source === inThread.value) throw error;
      source.close();
      source = inThread.value;
      return nextBatch();
    }
  };

  await remove(request.databaseName);
  const opened = await open(request.databaseName);
  if (!opened.ok) {
    source.close();
    inThread.value.close();
    return { status: 'failed', message: opened.issues.message };
  }
  const store = opened.value;
  const writer = new GeneratedEventsWriter(store, { keepBatches: TRAINING_KEEP_BATCHES });

  const startMs = Date.parse(`${startDate}T00:00:00Z`);
  const endMs = Date.parse(`${request.today}T00:00:00Z`) + DAY_MS;
  let events = 0;
  let enrolled = 0;
  const discard = async (outcome: TrainingLoadOutcome): Promise<TrainingLoadOutcome> => {
    source.close();
    inThread.value.close();
    closeStore(store);
    await remove(request.databaseName);
    return outcome;
  };

  type Writing = { readonly done: ReturnType<GeneratedEventsWriter['append']>; readonly batch: readonly CrfEvent[] };
  /** Waits for a batch's transaction; counts and reports it, or says why it failed. */
  const settle = async ({ done, batch }: Writing): Promise<string | undefined> => {
    const written = await done;
    if (!written.ok) return rejectionText(written.issues);
    events += batch.length;
    for (const event of batch) if (event.type === 'subject.enrolled') enrolled += 1;
    const last = batch.at(-1);
    if (last !== undefined) {
      control.onProgress({
        fraction: Math.min(1, Math.max(0, (Date.parse(last.at) - startMs) / (endMs - startMs))),
        simulatedDate: last.at.slice(0, 10),
        subjectsEnrolled: enrolled,
        eventsWritten: events,
      });
    }
    return undefined;
  };

  try {
    // Batch k is written while batch k + 1 is generated; at most one transaction at a time.
    let writing: Writing | undefined;
    for (;;) {
      const batch = await nextBatch();
      if (writing !== undefined) {
        const problem = await settle(writing);
        writing = undefined;
        if (problem !== undefined) return await discard({ status: 'failed', message: problem });
      }
      if (batch === undefined) break;
      if (control.isCancelled()) return await discard({ status: 'cancelled' });
      writing = { done: writer.append(batch), batch };
      await nextTask();
    }
    if (control.isCancelled()) return await discard({ status: 'cancelled' });
    const flushed = await writer.flush();
    if (!flushed.ok) return await discard({ status: 'failed', message: rejectionText(flushed.issues) });
    source.close();
    inThread.value.close();
    closeStore(store);
    return { status: 'done', subjects: enrolled, events };
  } catch (error) {
    return await discard({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
}
