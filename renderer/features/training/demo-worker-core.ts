import { generateDemoTrial } from '../../../shared/demo';
import type { CrfEvent } from '../../../shared/events';
import type { DemoWorkerMessage, DemoWorkerRequest } from './demo-worker-protocol';

/**
 * The demo-generator worker's logic, apart from the worker's global scope (so tests can run it): handles the
 * loader's requests, posting batches while it has credit.
 */
export function demoWorkerHandler(post: (message: DemoWorkerMessage) => void, newId: () => string): (request: DemoWorkerRequest) => void {
  let batches: Iterator<readonly CrfEvent[], void> | undefined;
  let credit = 0;
  const pump = (): void => {
    try {
      while (batches !== undefined && credit > 0) {
        const next = batches.next();
        if (next.done === true) {
          batches = undefined;
          post({ type: 'end' });
          return;
        }
        credit -= 1;
        post({ type: 'batch', events: next.value });
      }
    } catch (error) {
      batches = undefined;
      post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
  return (request) => {
    if (request.type === 'more') {
      credit += 1;
      pump();
      return;
    }
    const trial = generateDemoTrial({
      protocol: request.protocol,
      subjects: request.subjects,
      seed: request.seed,
      today: request.today,
      startDate: request.startDate,
      deviceId: request.deviceId,
      newId,
      sites: request.sites,
      batchSize: request.batchSize,
    });
    if (!trial.ok) {
      post({ type: 'failed', message: trial.issues.map((i) => i.message).join('; ') });
      return;
    }
    batches = trial.value;
    credit = request.ahead;
    pump();
  };
}
