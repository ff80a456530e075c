import { generateDemoTrial, type DemoOptions } from '../../../shared/demo';
import type { CrfEvent } from '../../../shared/events';
import { fail, ok, type Result } from '../../../shared/lib/result';
import type { DemoWorkerMessage, DemoWorkerRequest } from './demo-worker-protocol';

/** The demo trial's batches, one at a time, from wherever they are generated. */
export interface DemoBatchSource {
  /** The next batch, or undefined at the end. Rejects if generating failed. */
  readonly next: () => Promise<readonly CrfEvent[] | undefined>;
  /** Stops generating (cancel, failure, end). */
  readonly close: () => void;
}

export type DemoSourceOptions = Omit<DemoOptions, 'newId' | 'users' | 'rates' | 'profile' | 'recruitmentDays'>;

/** Generates in this thread: each `next()` runs the generator for one batch. */
export function inThreadSource(options: DemoSourceOptions, newId: () => string): Result<DemoBatchSource, string> {
  const trial = generateDemoTrial({ ...options, newId });
  if (!trial.ok) return fail(trial.issues.map((i) => i.message).join('; '));
  const batches = trial.value;
  return ok({
    next: async () => {
      const step = batches.next();
      return step.done === true ? undefined : step.value;
    },
    close: () => void batches.return(undefined),
  });
}

/** Batches the worker may generate ahead of the writes. */
const AHEAD = 2;

/**
 * Generates in a dedicated worker (demo-worker.ts) on another core, a couple of batches ahead of the caller.
 * Event ids come from the worker's `crypto.randomUUID`.
 */
export function workerSource(options: DemoSourceOptions, createWorker: () => Worker): DemoBatchSource {
  const worker = createWorker();
  const ready: DemoWorkerMessage[] = [];
  let waiting: ((message: DemoWorkerMessage) => void) | undefined;
  const deliver = (message: DemoWorkerMessage) => {
    if (waiting === undefined) ready.push(message);
    else {
      const resolve = waiting;
      waiting = undefined;
      resolve(message);
    }
  };
  worker.onmessage = (event: MessageEvent<DemoWorkerMessage>) => deliver(event.data);
  worker.onerror = (event) => {
    event.preventDefault();
    deliver({ type: 'failed', message: event.message || 'the demo generator stopped' });
  };
  const start: DemoWorkerRequest = { type: 'start', ...options, sites: options.sites ?? ['01'], batchSize: options.batchSize ?? 1000, ahead: AHEAD };
  worker.postMessage(start);
  let ended = false;
  return {
    next: async () => {
      if (ended) return undefined;
      const message = ready.shift() ?? (await new Promise<DemoWorkerMessage>((resolve) => (waiting = resolve)));
      if (message.type === 'batch') {
        worker.postMessage({ type: 'more' } satisfies DemoWorkerRequest);
        return message.events;
      }
      ended = true;
      worker.terminate();
      if (message.type === 'end') return undefined;
      throw new Error(message.message);
    },
    close: () => {
      ended = true;
      worker.terminate();
    },
  };
}
