/**
 * A dedicated worker that runs the demo generator (shared/demo) for the training loader, so generating the
 * next batch (hashing every event) runs on another core while the page writes the previous one to IndexedDB.
 * It keeps at most `ahead` batches the page has not taken yet (demo-worker-core.ts).
 */
import '../../zod-config';
import type { DemoWorkerMessage, DemoWorkerRequest } from './demo-worker-protocol';
import { demoWorkerHandler } from './demo-worker-core';

interface WorkerScope {
  postMessage(message: DemoWorkerMessage): void;
  onmessage: ((event: MessageEvent<DemoWorkerRequest>) => void) | null;
}

const scope = globalThis as unknown as WorkerScope;
const handle = demoWorkerHandler((message) => scope.postMessage(message), () => crypto.randomUUID());
scope.onmessage = (event) => handle(event.data);
