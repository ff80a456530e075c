import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EntryRow, QueryRow } from '../../../shared/events';
import { completionQueries } from '../../../shared/review';
import { checkCompletion, emptyDraft, LOG_NONE_ITEM, LOG_NONE_VALUE, type EntryContext, type FieldDraft, type FormModel, type Language, type VisitModel } from '../../../shared/forms';
import { addRecord, clearItem, removeRecord, setItemValue, type Store, type WriteError } from '../../db';
import { completeFormRaisingQueries } from '../../db/review-reads';
import { writeField, type VisitWriteTarget, recordKey, type FieldAddress, type RecordAddress, type SaveOutcome, type VisitSaver } from '../../forms';
import type { CompletionAttempt } from './entry-actions';
import { liveDrafts, newRecordId, rowOf, SINGLE_RECORD } from './visit-values';

/** The CTCAE term an infusion reaction's adverse event starts with (domain.md §2.3). */
export const INFUSION_REACTION_TERM = 'Infusion related reaction';

export interface Removal {
  readonly model: FormModel;
  readonly recordId: string;
  readonly label: string;
}

interface CommandsInput {
  readonly store: Store;
  readonly target: VisitWriteTarget;
  readonly visit: VisitModel;
  readonly rows: readonly EntryRow[];
  readonly context: EntryContext;
  readonly saver: VisitSaver;
  readonly language: Language;
  /** The subject's queries (a warning already queried is not raised again at completion). */
  readonly queries: readonly QueryRow[];
}

const refOf = (target: VisitWriteTarget, r: RecordAddress) => ({
  subjectId: target.subjectId,
  visitId: target.visitId,
  formId: r.formId,
  ...(r.recordId === SINGLE_RECORD ? {} : { recordId: r.recordId }),
});

/**
 * The visit's commands besides typing: complete a form (after saving everything, listing what blocks),
 * add and remove records (removal asks for a reason), retry failed saves, and open an adverse event
 * when an infusion reaction is recorded. Errors of these writes are kept for a blocking dialog.
 */
export function useEntryCommands({ store, target, visit, rows, context, saver, language, queries }: CommandsInput) {
  const { t } = useTranslation();
  const latest = useRef({ rows, context, queries });
  useEffect(() => {
    latest.current = { rows, context, queries };
  });
  const [attempts, setAttempts] = useState<ReadonlyMap<string, CompletionAttempt>>(new Map());
  const [removal, setRemoval] = useState<Removal | null>(null);
  const [actionError, setActionError] = useState<WriteError | null>(null);
  const [reaction, setReaction] = useState<RecordAddress | null>(null);
  const [retrying, setRetrying] = useState(false);
  const [dismissedFailures, setDismissedFailures] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const [focusRequest, setFocusRequest] = useState<RecordAddress | null>(null);

  const attemptOf = useCallback((r: RecordAddress) => attempts.get(recordKey(r)), [attempts]);
  const setAttempt = useCallback((r: RecordAddress, attempt: CompletionAttempt | undefined) => {
    setAttempts((before) => {
      const next = new Map(before);
      if (attempt === undefined) next.delete(recordKey(r));
      else next.set(recordKey(r), attempt);
      return next;
    });
  }, []);

  const complete = useCallback(
    async (model: FormModel, recordId: string, confirmWarnings: boolean) => {
      const record = { formId: model.id, recordId };
      if (!(await saver.flushAll({ interactive: true }))) return;
      const { rows: now, context: ctx } = latest.current;
      const result = checkCompletion(model, liveDrafts(model, recordId, rowOf(now, model.id, recordId), saver), ctx);
      if (!result.canComplete || (result.needsConfirmation.length > 0 && !confirmWarnings)) {
        setAttempt(record, { result });
        return;
      }
      // Unconfirmed unusual values become system queries, raised with the completion (one transaction).
      const ref = refOf(target, record);
      const raise = completionQueries(ref, result.needsConfirmation, latest.current.queries);
      const written = await completeFormRaisingQueries(store, target.ctx, ref, raise);
      if (!written.ok) {
        setActionError(written.issues);
        return;
      }
      setAttempt(record, undefined);
      const announced = t('entry.complete.announce', { form: model.title[language] });
      setAnnouncement(raise.length === 0 ? announced : `${announced} ${t('review.query.raisedAtCompletion', { count: raise.length })}`);
    },
    [saver, setAttempt, store, target, t, language],
  );

  const addNewRecord = useCallback(
    async (model: FormModel): Promise<string | undefined> => {
      const recordId = newRecordId(store.clock(), store.newId());
      const added = await addRecord(store, target.ctx, { ...refOf(target, { formId: model.id, recordId }), recordId });
      if (!added.ok) {
        setActionError(added.issues);
        return undefined;
      }
      return recordId;
    },
    [store, target],
  );

  const remove = useCallback(
    async (reason: string) => {
      if (removal === null) return;
      setRemoval(null);
      const removed = await removeRecord(store, target.ctx, { ...refOf(target, { formId: removal.model.id, recordId: removal.recordId }), recordId: removal.recordId }, reason);
      if (!removed.ok) setActionError(removed.issues);
    },
    [removal, store, target],
  );

  const openReactionRecord = useCallback(async () => {
    const ae = visit.forms.find((f) => f.repeating && f.fields.some((field) => field.key === 'aeTerm'));
    if (ae === undefined) return;
    const { rows: now, context: ctx } = latest.current;
    const exists = now.some((r) => r.formId === ae.id && !r.removed && r.items['aeTerm']?.current.value === INFUSION_REACTION_TERM);
    if (exists) return;
    const recordId = await addNewRecord(ae);
    if (recordId === undefined) return;
    const blank = emptyDraft(ae);
    const prefill = async (itemId: string, value: string) => {
      const draft: FieldDraft | undefined = blank[itemId];
      if (draft === undefined) return;
      const outcome: SaveOutcome = await writeField(target, ae, { formId: ae.id, recordId, itemId }, { ...draft, value }, ctx);
      if (outcome.status === 'failed') setActionError(outcome.error);
    };
    await prefill('aeTerm', INFUSION_REACTION_TERM);
    const start = ctx.visit?.['infusionStart'];
    if (typeof start === 'string' && start.length >= 10) await prefill('aeStart', start.slice(0, 10));
    setReaction({ formId: ae.id, recordId });
  }, [visit, addNewRecord, target]);

  const afterWrite = useCallback(
    (address: FieldAddress, draft: FieldDraft, outcome: SaveOutcome) => {
      if (address.itemId === 'infusionReaction' && draft.value === 'true' && outcome.status === 'saved') void openReactionRecord();
    },
    [openReactionRecord],
  );

  /** Answers "none to report" on a log, or withdraws it: a value of the log's own entry (shared/forms log-none.ts). */
  const setLogNone = useCallback(
    async (model: FormModel, none: boolean, reason?: string): Promise<'saved' | 'unchanged' | 'needs-reason' | 'failed'> => {
      const ref = { ...refOf(target, { formId: model.id, recordId: SINGLE_RECORD }), itemId: LOG_NONE_ITEM };
      const written = none ? await setItemValue(store, target.ctx, ref, { ...LOG_NONE_VALUE }, reason) : await clearItem(store, target.ctx, ref, reason);
      if (written.ok) return written.value.status;
      if (reason === undefined && written.issues.kind === 'rejected' && written.issues.issues.some((i) => i.path[0] === 'reason')) return 'needs-reason';
      setActionError(written.issues);
      return 'failed';
    },
    [store, target],
  );

  const addRecordAndFocus = useCallback(
    async (model: FormModel) => {
      const recordId = await addNewRecord(model);
      if (recordId !== undefined) setFocusRequest({ formId: model.id, recordId });
    },
    [addNewRecord],
  );
  const clearFocusRequest = useCallback(() => setFocusRequest(null), []);
  const askRemoval = useCallback((model: FormModel, recordId: string, label: string) => setRemoval({ model, recordId, label }), []);

  const retry = useCallback(() => {
    setRetrying(true);
    void saver.retryFailed().finally(() => setRetrying(false));
  }, [saver]);

  const failures = saver.failures();
  const showFailures = failures.length > 0 && saver.failureSerial > dismissedFailures;
  const notice: ReactNode = (
    <>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      {reaction === null ? null : (
        <div role="status" className="notice notice--warning">
          {t('entry.reaction.opened', { term: INFUSION_REACTION_TERM })}{' '}
          <Link to={{ search: `?form=${encodeURIComponent(reaction.formId)}` }} replace>
            {t('entry.reaction.goTo')}
          </Link>
        </div>
      )}
    </>
  );

  return {
    attemptOf,
    complete,
    addRecord: addRecordAndFocus,
    setLogNone,
    focusRequest,
    clearFocusRequest,
    askRemoval,
    removal,
    cancelRemoval: () => setRemoval(null),
    remove,
    actionError,
    clearActionError: () => setActionError(null),
    retry,
    retrying,
    failures,
    showFailures,
    dismissFailures: () => setDismissedFailures(saver.failureSerial),
    afterWrite,
    notice,
    dialogOpen: removal !== null || actionError !== null || showFailures,
  };
}

export type EntryCommands = ReturnType<typeof useEntryCommands>;
