import type { EntryContext, FieldDraft, FormModel } from '../../../shared/forms';
import { VisitSaver, writeField, type VisitWriteTarget, recordKey, type FieldAddress, type RecordAddress, type SaveOutcome, type RecordHandle } from '../../forms';

/** What saving needs at the moment it happens (the latest models, rows and context of the page). */
export interface SaverEnv {
  readonly target: VisitWriteTarget;
  readonly modelOf: (formId: string) => FormModel | undefined;
  readonly context: EntryContext;
  /** What the store holds for a field now, as a draft (to put back when a change is abandoned). */
  readonly storedDraft: (address: FieldAddress) => FieldDraft | undefined;
  /**
   * Whether a change of this field needs a reason (its form is complete, a query about it is unresolved,
   * its value is source-verified): saved on leaving it, not while typing, and only with a reason.
   */
  readonly settled: (address: FieldAddress) => boolean;
  /** After every write attempt (e.g. an infusion reaction opens an adverse event). */
  readonly afterWrite: (address: FieldAddress, draft: FieldDraft, outcome: SaveOutcome) => void;
}

const PARTS = ['value', 'unit', 'qualifier', 'missing', 'softConfirmed'] as const;
const sameDraft = (a: FieldDraft, b: FieldDraft | undefined): boolean => b !== undefined && PARTS.every((p) => a[p] === b[p]);

export interface ReasonRequest {
  readonly address: FieldAddress;
  readonly draft: FieldDraft;
  readonly answer: (reason: string | null) => void;
}

/**
 * The visit page's autosave wired to the page: writes go through the form engine and the store with
 * the page's latest state, a reason for change is asked through the page's dialog, and a declined
 * change puts the stored value back on the record's form.
 */
export class PageSaver {
  readonly saver: VisitSaver;
  private env: SaverEnv | null = null;
  private readonly handles = new Map<string, RecordHandle>();

  constructor(ask: (request: ReasonRequest | null) => void) {
    this.saver = new VisitSaver({
      write: async (address, draft, reason) => {
        const env = this.env;
        const model = env?.modelOf(address.formId);
        if (env === null || model === undefined) return { status: 'invalid' };
        // The store asks a reason only for completed or signed data; the page also asks it for a field
        // under query or verified, so the answer to a query carries why the value changed.
        if (reason === undefined && env.settled(address) && !sameDraft(draft, env.storedDraft(address))) return { status: 'needs-reason' };
        const outcome = await writeField(env.target, model, address, draft, env.context, reason);
        env.afterWrite(address, draft, outcome);
        return outcome;
      },
      askReason: (address, draft) =>
        new Promise<string | null>((resolve) => {
          ask({
            address,
            draft,
            answer: (reason) => {
              ask(null);
              resolve(reason);
            },
          });
        }),
      revert: (address) => {
        const stored = this.env?.storedDraft(address);
        if (stored === undefined) return;
        this.handles.get(recordKey(address))?.setDraft(address.itemId, stored);
        this.saver.settle(address, stored);
      },
      holdUntilFlush: (address) => this.env?.settled(address) === true,
    });
  }

  setEnv(env: SaverEnv): void {
    this.env = env;
  }

  register(record: RecordAddress, handle: RecordHandle | null): void {
    if (handle === null) this.handles.delete(recordKey(record));
    else this.handles.set(recordKey(record), handle);
  }
}
