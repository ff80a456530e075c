import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BACKUP_INTERVAL_MS, BACKUP_SETTLE_MS, BackupScheduler, type BackupTrigger } from '../../../../renderer/features/bundles';

/** A run that stays in progress until released, to see what the scheduler does meanwhile. */
function controllableRun() {
  const calls: BackupTrigger[] = [];
  const pending: (() => void)[] = [];
  const run = vi.fn((trigger: BackupTrigger) => {
    calls.push(trigger);
    return new Promise<void>((resolve) => pending.push(resolve));
  });
  const finishOne = async () => {
    pending.shift()?.();
    await vi.advanceTimersByTimeAsync(0);
  };
  return { run, calls, finishOne };
}

describe('BackupScheduler', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('checks every 5 minutes by default (the run decides whether anything changed)', async () => {
    const run = vi.fn(async () => undefined);
    const scheduler = new BackupScheduler(run);
    scheduler.start();
    await vi.advanceTimersByTimeAsync(BACKUP_INTERVAL_MS - 1);
    expect(run).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(run).toHaveBeenCalledTimes(1);
    expect(run).toHaveBeenLastCalledWith('interval');
    await vi.advanceTimersByTimeAsync(2 * BACKUP_INTERVAL_MS);
    expect(run).toHaveBeenCalledTimes(3);
    scheduler.stop();
    await vi.advanceTimersByTimeAsync(10 * BACKUP_INTERVAL_MS);
    expect(run).toHaveBeenCalledTimes(3);
  });

  it('backs up shortly after a completed form; completions in a row make one backup', async () => {
    const run = vi.fn(async () => undefined);
    const scheduler = new BackupScheduler(run, { intervalMs: 60 * 60 * 1000 });
    scheduler.start();
    scheduler.formCompleted();
    await vi.advanceTimersByTimeAsync(BACKUP_SETTLE_MS - 1000);
    scheduler.formCompleted();
    await vi.advanceTimersByTimeAsync(BACKUP_SETTLE_MS - 1);
    expect(run).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(run).toHaveBeenCalledTimes(1);
    expect(run).toHaveBeenLastCalledWith('form-completed');
    scheduler.stop();
  });

  it('never runs twice at once: triggers during a run make exactly one more run after it', async () => {
    const { run, calls, finishOne } = controllableRun();
    const scheduler = new BackupScheduler(run, { intervalMs: 1000, settleMs: 10 });
    scheduler.start();
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toEqual(['interval']);
    expect(scheduler.busy).toBe(true);
    scheduler.formCompleted();
    await vi.advanceTimersByTimeAsync(5000); // five more intervals and a completion while busy
    expect(calls).toEqual(['interval']);
    await finishOne();
    expect(calls).toEqual(['interval', 'form-completed']);
    await finishOne();
    expect(scheduler.busy).toBe(false);
    scheduler.stop();
  });

  it('keeps its schedule after a run fails', async () => {
    const run = vi.fn(async () => {
      throw new Error('disk gone');
    });
    const scheduler = new BackupScheduler(run, { intervalMs: 1000 });
    scheduler.start();
    await vi.advanceTimersByTimeAsync(3000);
    expect(run).toHaveBeenCalledTimes(3);
    scheduler.stop();
  });

  it('ignores completions once stopped', async () => {
    const run = vi.fn(async () => undefined);
    const scheduler = new BackupScheduler(run, { settleMs: 10 });
    scheduler.start();
    scheduler.formCompleted();
    scheduler.stop();
    scheduler.formCompleted();
    await vi.advanceTimersByTimeAsync(1000);
    expect(run).not.toHaveBeenCalled();
  });
});
