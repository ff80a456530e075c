/**
 * Autosave for every field of a visit page, without React: each change is saved after a short pause
 * (debounced), or at once when flushed (leaving the field, Enter, hiding the page, navigating). It holds
 * the latest draft of every changed field itself, so a form that is switched away keeps saving, and a
 * value that could not be saved is still there to show and to retry: nothing is dropped silently.
 *
 * Per field, one write at a time; a change made during a write is saved after it. A change the store
 * refuses for want of a reason (a completed form) is held until the user gives one (interactive flush).
 */
import type { FieldDraft } from '../../../shared/forms';
import type { WriteError } from '../../db';
import { fieldKey, type FieldAddress } from '../field-path';
import { isUnsaved, type FieldSaveStatus, type SaveOutcome } from './save-outcome';

export const AUTOSAVE_DELAY_MS = 400;

export interface SaverTimers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimers: SaverTimers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface SaverDeps {
  readonly write: (address: FieldAddress, draft: FieldDraft, reason?: string) => Promise<SaveOutcome>;
  /** Asks why a settled value changes; null: the user keeps the stored value instead. */
  readonly askReason: (address: FieldAddress, draft: FieldDraft) => Promise<string | null>;
  /** The user kept the stored value: put it back on screen. */
  readonly revert: (address: FieldAddress) => void;
  /** True for fields whose change needs a reason (a completed form): saved only when flushed, not while typing. */
  readonly holdUntilFlush?: (address: FieldAddress) => boolean;
  readonly delayMs?: number;
  readonly timers?: SaverTimers;
}

export interface FlushOptions {
  /** May ask the user (a reason for change). False when the page is being hidden or closed. */
  readonly interactive: boolean;
}

interface Slot {
  readonly address: FieldAddress;
  draft: FieldDraft;
  version: number;
  savedVersion: number;
  status: FieldSaveStatus;
  timer: unknown;
  running: Promise<void> | undefined;
}

export interface FieldFailure {
  readonly address: FieldAddress;
  readonly draft: FieldDraft;
  readonly error: WriteError;
}

export interface UnsavedField {
  readonly address: FieldAddress;
  readonly draft: FieldDraft;
  readonly status: FieldSaveStatus;
}

const IDLE: FieldSaveStatus = { kind: 'idle' };

export class VisitSaver {
  private readonly slots = new Map<string, Slot>();
  private readonly listeners = new Set<() => void>();
  private readonly timers: SaverTimers;
  private readonly delay: number;
  private version = 0;
  private failureCount = 0;
  private reasons: Promise<unknown> = Promise.resolve();
  private disposed = false;

  constructor(private readonly deps: SaverDeps) {
    this.timers = deps.timers ?? realTimers;
    this.delay = deps.delayMs ?? AUTOSAVE_DELAY_MS;
  }

  /** For useSyncExternalStore: a number that changes whenever any status changes. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getVersion = (): number => this.version;

  /** How many failures happened so far: a new one re-opens the error dialog. */
  get failureSerial(): number {
    return this.failureCount;
  }

  statusOf(key: string): FieldSaveStatus {
    return this.slots.get(key)?.status ?? IDLE;
  }

  /** The draft last typed into a field, if it was changed on this page (saved or not). */
  draftOf(key: string): FieldDraft | undefined {
    return this.slots.get(key)?.draft;
  }

  /** Every field whose status is not idle, with its status (for a form's summary). */
  statuses(): Map<string, FieldSaveStatus> {
    return new Map([...this.slots].map(([key, slot]) => [key, slot.status]));
  }

  failures(): FieldFailure[] {
    return [...this.slots.values()].flatMap((s) => (s.status.kind === 'failed' ? [{ address: s.address, draft: s.draft, error: s.status.error }] : []));
  }

  unsaved(): UnsavedField[] {
    return [...this.slots.values()].filter((s) => isUnsaved(s.status)).map((s) => ({ address: s.address, draft: s.draft, status: s.status }));
  }

  /** A field's inputs changed: remember the draft and save it after a pause. */
  change(address: FieldAddress, draft: FieldDraft): void {
    if (this.disposed) return;
    const key = fieldKey(address);
    const slot = this.slots.get(key) ?? { address, draft, version: 0, savedVersion: 0, status: IDLE, timer: undefined, running: undefined };
    this.slots.set(key, slot);
    slot.draft = draft;
    slot.version += 1;
    this.clearTimer(slot);
    if (slot.status.kind === 'saving') this.notify();
    else this.setStatus(slot, { kind: 'pending' });
    if (this.deps.holdUntilFlush?.(address) !== true) {
      slot.timer = this.timers.set(() => void this.flush(address, { interactive: false }), this.delay);
    }
  }

  /** Saves a field now (leaving it, Enter). Resolves true when the store holds what it shows. */
  async flush(address: FieldAddress, options: FlushOptions): Promise<boolean> {
    const slot = this.slots.get(fieldKey(address));
    if (slot === undefined) return true;
    this.clearTimer(slot);
    while (slot.version !== slot.savedVersion) {
      if (slot.running !== undefined) {
        await slot.running;
        continue;
      }
      const savedBefore = slot.savedVersion;
      const run = this.save(slot, options);
      slot.running = run;
      try {
        await run;
      } finally {
        slot.running = undefined;
      }
      // Nothing went through (cannot be read, refused, no reason given): stop, the status says why.
      if (slot.savedVersion === savedBefore) return false;
    }
    return true;
  }

  /** Saves every changed field. Resolves true when nothing is left unsaved. */
  async flushAll(options: FlushOptions): Promise<boolean> {
    let all = true;
    for (const slot of [...this.slots.values()]) {
      if (!(await this.flush(slot.address, options))) all = false;
    }
    return all;
  }

  /** Tries again every field whose save failed. */
  async retryFailed(): Promise<boolean> {
    let all = true;
    for (const failure of this.failures()) {
      if (!(await this.flush(failure.address, { interactive: true }))) all = false;
    }
    return all;
  }

  /** The field now shows what the store holds (e.g. after a revert): nothing to save. */
  settle(address: FieldAddress, draft: FieldDraft): void {
    const slot = this.slots.get(fieldKey(address));
    if (slot === undefined) return;
    this.clearTimer(slot);
    slot.draft = draft;
    slot.savedVersion = slot.version;
    this.setStatus(slot, { kind: 'saved' });
  }

  dispose(): void {
    this.disposed = true;
    for (const slot of this.slots.values()) this.clearTimer(slot);
    this.listeners.clear();
  }

  private async save(slot: Slot, options: FlushOptions): Promise<void> {
    const version = slot.version;
    const draft = slot.draft;
    this.setStatus(slot, { kind: 'saving' });
    let outcome = await this.attempt(slot, draft);
    if (outcome.status === 'needs-reason') {
      if (!options.interactive) {
        this.setStatus(slot, { kind: 'needs-reason' });
        return;
      }
      const reason = await this.askInTurn(slot.address, draft);
      if (reason === null) {
        this.deps.revert(slot.address);
        return;
      }
      this.setStatus(slot, { kind: 'saving' });
      outcome = await this.attempt(slot, draft, reason);
    }
    switch (outcome.status) {
      case 'saved':
      case 'unchanged':
        slot.savedVersion = version;
        this.setStatus(slot, slot.version === version ? { kind: 'saved' } : { kind: 'pending' });
        return;
      case 'invalid':
        this.setStatus(slot, { kind: 'invalid' });
        return;
      case 'needs-reason':
        this.setStatus(slot, { kind: 'needs-reason' });
        return;
      case 'failed':
        this.failureCount += 1;
        this.setStatus(slot, { kind: 'failed', error: outcome.error });
        return;
    }
  }

  /** A write that throws (a bug, not a store refusal) is still a failure to show, never a silent loss. */
  private async attempt(slot: Slot, draft: FieldDraft, reason?: string): Promise<SaveOutcome> {
    try {
      return await this.deps.write(slot.address, draft, reason);
    } catch (error) {
      return { status: 'failed', error: { kind: 'unknown', message: error instanceof Error ? error.message : String(error) } };
    }
  }

  /** One reason dialog at a time. */
  private askInTurn(address: FieldAddress, draft: FieldDraft): Promise<string | null> {
    const asked = this.reasons.then(() => this.deps.askReason(address, draft));
    this.reasons = asked.catch(() => null);
    return asked;
  }

  private clearTimer(slot: Slot): void {
    if (slot.timer !== undefined) this.timers.clear(slot.timer);
    slot.timer = undefined;
  }

  private setStatus(slot: Slot, status: FieldSaveStatus): void {
    slot.status = status;
    this.notify();
  }

  private notify(): void {
    this.version += 1;
    for (const listener of [...this.listeners]) listener();
  }
}
