/** The timer functions the scheduler uses (the page's by default; tests may pass fakes). */
export interface SchedulerTimers {
  readonly setInterval: (run: () => void, ms: number) => unknown;
  readonly clearInterval: (handle: unknown) => void;
  readonly setTimeout: (run: () => void, ms: number) => unknown;
  readonly clearTimeout: (handle: unknown) => void;
}

// Looked up at call time, so fake timers installed by a test after import are used.
const pageTimers: SchedulerTimers = {
  setInterval: (run, ms) => globalThis.setInterval(run, ms),
  clearInterval: (handle) => globalThis.clearInterval(handle as ReturnType<typeof globalThis.setInterval>),
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

export type BackupTrigger = 'interval' | 'form-completed';

export interface BackupSchedulerOptions {
  /** How often to check whether a backup is due. Default 5 minutes. */
  readonly intervalMs?: number;
  /**
   * After a form is completed, wait this long before backing up, so the writes that follow a completion
   * (system queries for unconfirmed warnings) are in the same backup and several completions in a row
   * make one backup. Default 3 seconds.
   */
  readonly settleMs?: number;
  readonly timers?: SchedulerTimers;
}

export const BACKUP_INTERVAL_MS = 5 * 60 * 1000;
export const BACKUP_SETTLE_MS = 3000;

/**
 * When automatic backups run: every `intervalMs` (the run itself decides whether anything changed), and
 * `settleMs` after a completed form. Never two runs at once: a trigger during a run makes exactly one more
 * run after it.
 */
export class BackupScheduler {
  private readonly timers: SchedulerTimers;
  private readonly intervalMs: number;
  private readonly settleMs: number;
  private interval: unknown;
  private settle: unknown;
  private running = false;
  private queued: BackupTrigger | undefined;
  private stopped = true;

  constructor(
    private readonly run: (trigger: BackupTrigger) => Promise<unknown>,
    options: BackupSchedulerOptions = {},
  ) {
    this.timers = options.timers ?? pageTimers;
    this.intervalMs = options.intervalMs ?? BACKUP_INTERVAL_MS;
    this.settleMs = options.settleMs ?? BACKUP_SETTLE_MS;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.interval = this.timers.setInterval(() => this.trigger('interval'), this.intervalMs);
  }

  stop(): void {
    this.stopped = true;
    if (this.interval !== undefined) this.timers.clearInterval(this.interval);
    if (this.settle !== undefined) this.timers.clearTimeout(this.settle);
    this.interval = undefined;
    this.settle = undefined;
    this.queued = undefined;
  }

  /** A form was completed: back up once things settle (a later completion restarts the wait). */
  formCompleted(): void {
    if (this.stopped) return;
    if (this.settle !== undefined) this.timers.clearTimeout(this.settle);
    this.settle = this.timers.setTimeout(() => {
      this.settle = undefined;
      this.trigger('form-completed');
    }, this.settleMs);
  }

  /** Whether a run is in progress (for tests and the UI). */
  get busy(): boolean {
    return this.running;
  }

  private trigger(trigger: BackupTrigger): void {
    if (this.stopped) return;
    if (this.running) {
      this.queued = this.queued === 'form-completed' ? this.queued : trigger;
      return;
    }
    this.running = true;
    // `run` records its own failures (LastBackupStatus shows them); a rejection must not stop the schedule.
    void this.run(trigger)
      .catch(() => undefined)
      .finally(() => {
        this.running = false;
        const next = this.queued;
        this.queued = undefined;
        if (next !== undefined) this.trigger(next);
      });
  }
}
