import type { CrfEvent } from '../../../shared/events';
import type { Protocol } from '../../../shared/protocol';

/** What the training loader asks the demo-generator worker for. */
export type DemoWorkerRequest =
  | {
      readonly type: 'start';
      readonly protocol: Protocol;
      readonly subjects: number;
      readonly seed: number;
      readonly today: string;
      readonly startDate: string;
      readonly deviceId: string;
      readonly sites: readonly string[];
      readonly batchSize: number;
      /** Batches the worker may generate before the loader has taken them (bounded memory). */
      readonly ahead: number;
    }
  /** The loader took a batch: one more may be generated. */
  | { readonly type: 'more' };

/** What the worker sends back, in order. */
export type DemoWorkerMessage =
  | { readonly type: 'batch'; readonly events: readonly CrfEvent[] }
  | { readonly type: 'end' }
  | { readonly type: 'failed'; readonly message: string };
