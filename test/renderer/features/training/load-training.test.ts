import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { trainingBridge, trainingFileName, TRAINING_BACKUP_REFUSED } from '../../../../renderer/app/providers';
import { closeStore, listSubjects, openStore, verifyAllChains } from '../../../../renderer/db';
import { demoWorkerHandler } from '../../../../renderer/features/training/demo-worker-core';
import type { DemoWorkerMessage, DemoWorkerRequest } from '../../../../renderer/features/training/demo-worker-protocol';
import { loadTrainingDatabase, type TrainingProgress } from '../../../../renderer/features/training/load-training';
import { createTrainingJob } from '../../../../renderer/features/training/training-job';
import { seed } from '../../../seeds/load-seeds';
import { fakeBridge } from '../../app/support/fake-bridge';

let runs = 0;
const databaseName = () => `training-load-${(runs += 1)}-${Math.random().toString(36).slice(2)}`;
let ids = 0;
const newId = () => `00000000-0000-4000-8000-${String((ids += 1)).padStart(12, '0')}`;

const request = (name: string, subjects: number) => ({ protocol: seed('NCT05121870'), subjects, today: '2025-03-10', siteId: '03', databaseName: name, newId, createWorker: null });

/** A stand-in for the dedicated worker: the real worker logic, messages delivered asynchronously both ways. */
class FakeWorker {
  onmessage: ((event: MessageEvent<DemoWorkerMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  posted: DemoWorkerRequest[] = [];
  terminated = false;
  private readonly handle = demoWorkerHandler((message) => setTimeout(() => this.terminated || this.onmessage?.({ data: message } as MessageEvent<DemoWorkerMessage>)), newId);
  postMessage(request: DemoWorkerRequest): void {
    this.posted.push(request);
    setTimeout(() => this.terminated || this.handle(request));
  }
  terminate(): void {
    this.terminated = true;
  }
}

/** A worker the platform cannot start: it fails before answering anything. */
class BrokenWorker {
  onmessage: ((event: MessageEvent<DemoWorkerMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  postMessage(): void {
    setTimeout(() => this.onerror?.({ message: 'cannot load the worker script', preventDefault: () => undefined } as ErrorEvent));
  }
  terminate(): void {}
}

describe('loading the training database', () => {
  it('fills it with the demo generator’s subjects in batches, reporting progress, as a verifiable chain', async () => {
    const name = databaseName();
    const progress: TrainingProgress[] = [];
    const outcome = await loadTrainingDatabase(request(name, 3), { isCancelled: () => false, onProgress: (p) => progress.push(p) });
    expect(outcome).toMatchObject({ status: 'done', subjects: 3 });
    expect(progress.length).toBeGreaterThan(0);
    const fractions = progress.map((p) => p.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(progress.at(-1)?.subjectsEnrolled).toBe(3);

    const opened = await openStore({ name });
    if (!opened.ok) throw new Error(opened.issues.message);
    const subjects = await listSubjects(opened.value);
    expect(subjects.filter((s) => s.code !== undefined).map((s) => s.code).sort()).toEqual(['03-001', '03-002', '03-003']);
    expect(outcome.status === 'done' ? outcome.events : 0).toBe(await opened.value.db.events.count());
    expect((await verifyAllChains(opened.value)).every((r) => r.problem === undefined)).toBe(true);
    closeStore(opened.value);
  });

  it('generates in a worker a couple of batches ahead, and falls back to this thread when the worker cannot start', async () => {
    const workers: FakeWorker[] = [];
    const viaWorker = databaseName();
    const outcome = await loadTrainingDatabase(
      { ...request(viaWorker, 3), createWorker: () => (workers.push(new FakeWorker()), workers.at(-1) as unknown as Worker) },
      { isCancelled: () => false, onProgress: () => undefined },
    );
    expect(outcome).toMatchObject({ status: 'done', subjects: 3 });
    const worker = workers[0];
    expect(worker?.posted[0]).toMatchObject({ type: 'start', subjects: 3, sites: ['03'], ahead: 2 });
    expect(worker?.posted.filter((m) => m.type === 'more').length).toBeGreaterThan(1);
    expect(worker?.terminated).toBe(true);

    const fallback = databaseName();
    const fellBack = await loadTrainingDatabase(
      { ...request(fallback, 2), createWorker: () => new BrokenWorker() as unknown as Worker },
      { isCancelled: () => false, onProgress: () => undefined },
    );
    expect(fellBack).toMatchObject({ status: 'done', subjects: 2 });
    const opened = await openStore({ name: fallback });
    if (!opened.ok) throw new Error(opened.issues.message);
    expect((await listSubjects(opened.value)).filter((s) => s.code !== undefined)).toHaveLength(2);
    closeStore(opened.value);
  });

  it('replaces what the training database held', async () => {
    const name = databaseName();
    await loadTrainingDatabase(request(name, 3), { isCancelled: () => false, onProgress: () => undefined });
    await loadTrainingDatabase(request(name, 1), { isCancelled: () => false, onProgress: () => undefined });
    const opened = await openStore({ name });
    if (!opened.ok) throw new Error(opened.issues.message);
    expect((await listSubjects(opened.value)).filter((s) => s.code !== undefined)).toHaveLength(1);
    closeStore(opened.value);
  });

  it('when cancelled, stops after the current batch and deletes the partly filled database', async () => {
    const name = databaseName();
    let batches = 0;
    const outcome = await loadTrainingDatabase(request(name, 5), { isCancelled: () => batches >= 1, onProgress: () => (batches += 1) });
    expect(outcome).toEqual({ status: 'cancelled' });
    expect(batches).toBe(1);
    expect(await Dexie.exists(name)).toBe(false);
  });

  it('is one job per window: cancelling shows "cancelling" until the batch ends, then "cancelled"', async () => {
    const job = createTrainingJob();
    const seen: string[] = [];
    job.subscribe(() => {
      const state = job.state();
      seen.push(state.status === 'running' && state.cancelling ? 'cancelling' : state.status);
    });
    let loaded = false;
    const started = job.start({ ...request(databaseName(), 5), onLoaded: async () => void (loaded = true) });
    expect(job.state().status).toBe('running');
    job.cancel();
    await started;
    expect(job.state()).toEqual({ status: 'cancelled' });
    expect(loaded).toBe(false);
    expect(seen[0]).toBe('running');
    expect(seen).toContain('cancelling');
    expect(seen.at(-1)).toBe('cancelled');
  });
});

describe('files from the training database', () => {
  it('are named training-…, within the 200-character limit, and backups are refused', async () => {
    const saved: string[] = [];
    const bridge = trainingBridge(
      fakeBridge({
        saveFile: async ({ suggestedName }) => (saved.push(suggestedName), { saved: true, location: suggestedName }),
        printToPdf: async ({ suggestedName }) => (saved.push(suggestedName), { saved: false }),
      }),
    );
    await bridge.saveFile({ suggestedName: 'NCT05121870-full.zip', bytes: new Uint8Array([1]) });
    await bridge.printToPdf({ suggestedName: 'casebook-03-001.pdf' });
    expect(saved).toEqual(['training-NCT05121870-full.zip', 'training-casebook-03-001.pdf']);
    await expect(bridge.writeBackup({ folder: '/backups', fileName: 'ecrf-backup-x.zip', bytes: new Uint8Array([1]), keep: 3 })).rejects.toThrow(TRAINING_BACKUP_REFUSED);
    const long = `${'a'.repeat(195)}.zip`;
    expect(trainingFileName(long)).toHaveLength(200);
    expect(trainingFileName(long)).toMatch(/^training-a+\.zip$/);
    expect(trainingFileName('training-x.zip')).toBe('training-x.zip');
  });
});
