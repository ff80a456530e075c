import { describe, expect, it } from 'vitest';
import type { FieldDraft } from '../../../shared/forms';
import type { SaveOutcome } from '../../../renderer/forms/autosave/save-outcome';
import { AUTOSAVE_DELAY_MS, VisitSaver, type SaverDeps, type SaverTimers } from '../../../renderer/forms/autosave/visit-saver';
import { fieldKey, type FieldAddress } from '../../../renderer/forms/field-path';

const BILIRUBIN: FieldAddress = { formId: 'labs', recordId: '', itemId: 'bilirubin' };
const draft = (value: string): FieldDraft => ({ value, unit: 'µmol/L', qualifier: '', missing: '', softConfirmed: false });

/** Timers the test runs by hand: no clock, no waiting. */
function manualTimers() {
  const pending = new Map<number, { run: () => void; ms: number }>();
  let next = 0;
  const timers: SaverTimers = {
    set: (run, ms) => {
      next += 1;
      pending.set(next, { run, ms });
      return next;
    },
    clear: (handle) => void pending.delete(handle as number),
  };
  return {
    timers,
    pending,
    runAll: () => {
      const due = [...pending.values()];
      pending.clear();
      due.forEach((t) => t.run());
    },
  };
}

/** A write the test resolves by hand, recording what was written. */
function controlledWrite() {
  const calls: { draft: FieldDraft; reason?: string; resolve: (o: SaveOutcome) => void }[] = [];
  const write: SaverDeps['write'] = (_address, d, reason) =>
    new Promise<SaveOutcome>((resolve) => calls.push({ draft: d, ...(reason === undefined ? {} : { reason }), resolve }));
  return { write, calls };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

function saverWith(overrides: Partial<SaverDeps>) {
  const clock = manualTimers();
  const saver = new VisitSaver({ write: async () => ({ status: 'saved' }), askReason: async () => null, revert: () => undefined, timers: clock.timers, ...overrides });
  return { saver, clock };
}

describe('VisitSaver', () => {
  it('saves a change after the autosave pause (about 400 ms), showing unsaved, saving, saved', async () => {
    const { write, calls } = controlledWrite();
    const { saver, clock } = saverWith({ write });
    saver.change(BILIRUBIN, draft('342'));
    expect(saver.statusOf(fieldKey(BILIRUBIN))).toEqual({ kind: 'pending' });
    expect([...clock.pending.values()].map((t) => t.ms)).toEqual([AUTOSAVE_DELAY_MS]);
    expect(calls).toHaveLength(0);
    clock.runAll();
    await settle();
    expect(saver.statusOf(fieldKey(BILIRUBIN))).toEqual({ kind: 'saving' });
    calls[0]?.resolve({ status: 'saved' });
    await settle();
    expect(calls.map((c) => c.draft.value)).toEqual(['342']);
    expect(saver.statusOf(fieldKey(BILIRUBIN))).toEqual({ kind: 'saved' });
  });

  it('typing again restarts the pause: only the last value is written', async () => {
    const { write, calls } = controlledWrite();
    const { saver, clock } = saverWith({ write });
    saver.change(BILIRUBIN, draft('3'));
    saver.change(BILIRUBIN, draft('34'));
    saver.change(BILIRUBIN, draft('342'));
    expect(clock.pending.size).toBe(1);
    clock.runAll();
    await settle();
    calls[0]?.resolve({ status: 'saved' });
    await settle();
    expect(calls.map((c) => c.draft.value)).toEqual(['342']);
  });

  it('a flush (leaving the field) writes at once and resolves only when stored', async () => {
    const { write, calls } = controlledWrite();
    const { saver, clock } = saverWith({ write });
    saver.change(BILIRUBIN, draft('342'));
    let done: boolean | undefined;
    void saver.flush(BILIRUBIN, { interactive: true }).then((ok) => (done = ok));
    expect(clock.pending.size).toBe(0);
    await settle();
    expect(calls).toHaveLength(1);
    expect(done).toBeUndefined();
    calls[0]?.resolve({ status: 'saved' });
    await settle();
    expect(done).toBe(true);
  });

  it('a change made while a write is in flight is written after it, never lost or reordered', async () => {
    const { write, calls } = controlledWrite();
    const { saver } = saverWith({ write });
    saver.change(BILIRUBIN, draft('342'));
    const flushed = saver.flush(BILIRUBIN, { interactive: true });
    await settle();
    saver.change(BILIRUBIN, draft('350'));
    calls[0]?.resolve({ status: 'saved' });
    await settle();
    expect(calls.map((c) => c.draft.value)).toEqual(['342', '350']);
    calls[1]?.resolve({ status: 'saved' });
    expect(await flushed).toBe(true);
    expect(saver.unsaved()).toEqual([]);
  });

  it('a failed write keeps the value, reports it as failed, and a retry writes it', async () => {
    const outcomes: SaveOutcome[] = [{ status: 'failed', error: { kind: 'quota-exceeded', message: 'QuotaExceededError' } }, { status: 'saved' }];
    const written: string[] = [];
    const { saver } = saverWith({
      write: async (_a, d) => {
        written.push(d.value);
        return outcomes.shift() ?? { status: 'saved' };
      },
    });
    saver.change(BILIRUBIN, draft('342'));
    expect(await saver.flush(BILIRUBIN, { interactive: true })).toBe(false);
    expect(saver.failures()).toEqual([{ address: BILIRUBIN, draft: draft('342'), error: { kind: 'quota-exceeded', message: 'QuotaExceededError' } }]);
    expect(saver.draftOf(fieldKey(BILIRUBIN))?.value).toBe('342');
    expect(saver.failureSerial).toBe(1);
    expect(await saver.retryFailed()).toBe(true);
    expect(written).toEqual(['342', '342']);
    expect(saver.failures()).toEqual([]);
  });

  it('a write that throws is a failure to show, not a silent drop', async () => {
    const { saver } = saverWith({
      write: async () => {
        throw new Error('boom');
      },
    });
    saver.change(BILIRUBIN, draft('342'));
    expect(await saver.flush(BILIRUBIN, { interactive: false })).toBe(false);
    expect(saver.failures()[0]?.error).toEqual({ kind: 'unknown', message: 'boom' });
  });

  it('a value that cannot be read is not written and stays unsaved', async () => {
    const { saver } = saverWith({ write: async () => ({ status: 'invalid' }) });
    saver.change(BILIRUBIN, draft('34,2'));
    expect(await saver.flushAll({ interactive: true })).toBe(false);
    expect(saver.unsaved().map((u) => u.status.kind)).toEqual(['invalid']);
  });

  it('a change needing a reason waits for a flush that may ask; the reason goes with the write', async () => {
    const reasons: string[] = [];
    const { saver, clock } = saverWith({
      holdUntilFlush: () => true,
      write: async (_a, _d, reason) => {
        if (reason === undefined) return { status: 'needs-reason' };
        reasons.push(reason);
        return { status: 'saved' };
      },
      askReason: async () => 'Transcription error corrected',
    });
    saver.change(BILIRUBIN, draft('350'));
    expect(clock.pending.size).toBe(0);
    expect(await saver.flushAll({ interactive: false })).toBe(false);
    expect(saver.statusOf(fieldKey(BILIRUBIN))).toEqual({ kind: 'needs-reason' });
    expect(await saver.flush(BILIRUBIN, { interactive: true })).toBe(true);
    expect(reasons).toEqual(['Transcription error corrected']);
  });

  it('declining to give a reason puts the stored value back', async () => {
    const reverted: FieldAddress[] = [];
    const { saver } = saverWith({
      write: async (_a, _d, reason) => (reason === undefined ? { status: 'needs-reason' } : { status: 'saved' }),
      askReason: async () => null,
      revert: (address) => {
        reverted.push(address);
        saver.settle(address, draft('342'));
      },
    });
    saver.change(BILIRUBIN, draft('350'));
    expect(await saver.flush(BILIRUBIN, { interactive: true })).toBe(true);
    expect(reverted).toEqual([BILIRUBIN]);
    expect(saver.draftOf(fieldKey(BILIRUBIN))?.value).toBe('342');
    expect(saver.unsaved()).toEqual([]);
  });
});
