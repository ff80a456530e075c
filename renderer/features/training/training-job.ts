import { loadTrainingDatabase, type TrainingLoadRequest, type TrainingProgress } from './load-training';

export type TrainingJobState =
  | { readonly status: 'idle' }
  | {
      readonly status: 'running';
      readonly protocolId: string;
      readonly target: number;
      readonly progress: TrainingProgress | undefined;
      readonly cancelling: boolean;
    }
  | { readonly status: 'done'; readonly protocolId: string; readonly subjects: number; readonly events: number; readonly ms: number }
  | { readonly status: 'cancelled' }
  | { readonly status: 'failed'; readonly message: string };

export interface TrainingJobStart extends TrainingLoadRequest {
  /** Called once the training database is complete (the app switches to it). */
  readonly onLoaded: () => Promise<void>;
  /** A monotonic clock in milliseconds, for the time the load took (default: performance.now). */
  readonly now?: () => number;
}

/**
 * The one training load of this window, outside React: it goes on, and its progress stays visible, when the
 * Settings page is left and reopened. At most one load runs at a time.
 */
export interface TrainingJob {
  readonly state: () => TrainingJobState;
  readonly subscribe: (onChange: () => void) => () => void;
  /** Starts a load; ignored while one runs. Resolves when it ends. */
  readonly start: (request: TrainingJobStart) => Promise<void>;
  /** Stops the running load after its current batch (the partly filled training database is deleted). */
  readonly cancel: () => void;
  /** Forgets the outcome of the last load (back to idle). */
  readonly dismiss: () => void;
}

export function createTrainingJob(): TrainingJob {
  let state: TrainingJobState = { status: 'idle' };
  let cancelled = false;
  const listeners = new Set<() => void>();
  const set = (next: TrainingJobState): void => {
    state = next;
    listeners.forEach((listener) => listener());
  };
  return {
    state: () => state,
    subscribe: (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    start: async (request) => {
      if (state.status === 'running') return;
      cancelled = false;
      const now = request.now ?? (() => performance.now());
      const began = now();
      const protocolId = request.protocol.id;
      set({ status: 'running', protocolId, target: request.subjects, progress: undefined, cancelling: false });
      const outcome = await loadTrainingDatabase(request, {
        isCancelled: () => cancelled,
        onProgress: (progress) => {
          if (state.status === 'running') set({ ...state, progress });
        },
      });
      if (outcome.status !== 'done') {
        set(outcome);
        return;
      }
      const ms = now() - began;
      try {
        await request.onLoaded();
        set({ status: 'done', protocolId, subjects: outcome.subjects, events: outcome.events, ms });
      } catch (error) {
        set({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
      }
    },
    cancel: () => {
      if (state.status !== 'running') return;
      cancelled = true;
      set({ ...state, cancelling: true });
    },
    dismiss: () => {
      if (state.status !== 'running') set({ status: 'idle' });
    },
  };
}

/** The training load of this window. */
export const trainingJob: TrainingJob = createTrainingJob();
