import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntryRow, QueryRow, Stamp, SubjectRow } from '../../../shared/events';
import type { FormModel, Language, VisitModel } from '../../../shared/forms';
import type { Protocol } from '../../../shared/protocol';
import {
  buildReview,
  formLifecycle,
  sdvHistory,
  sdvKey,
  sdvStateOf,
  SignatureIndex,
  type Finding,
  type Lifecycle,
  type SdvState,
} from '../../../shared/review';
import { useSession } from '../../app/providers';
import { useCan, type Permission } from '../../app/use-can';
import { useToday } from '../../app/use-today';
import { clearSdv, setSdv, type ItemRef, type QueryTarget, type Store, type WriteContext, type WriteError } from '../../db';
import { verifyValues, visitReviewReads } from '../../db/review-reads';
import { useLiveQuery } from '../../db/use-live-query';
import { useNameOf } from '../../db/use-name-of';
import { inputIdOf, localStamp, type FieldAddress, type FieldExtras, type FieldNote } from '../../forms';
import { QueryButton, queriesAt } from '../queries';
import { rowOf, SINGLE_RECORD } from './visit-values';

/** A query dialog asked for: the place and how it reads. */
export interface QueryRequest {
  readonly target: QueryTarget;
  readonly label: string;
  /** Field dialogs for the site say how to correct the value. */
  readonly field: boolean;
}

interface Input {
  readonly store: Store;
  readonly ctx: WriteContext;
  readonly subject: SubjectRow;
  readonly protocol: Protocol;
  readonly visit: VisitModel;
  readonly visitId: string;
  readonly rows: readonly EntryRow[];
  readonly language: Language;
  /** `?review=1`: find and mark the review's findings on this visit. */
  readonly reviewMode: boolean;
  /** How a field reads with its form (and row): "Laboratory tests – Albumin". */
  readonly labelOf: (address: FieldAddress) => string;
}

const NO_QUERIES: readonly QueryRow[] = [];
const NO_FINDINGS: readonly Finding[] = [];

/** The record's items the user's form shows that hold something, and whether each is verified as shown. */
function verifiable(model: FormModel, row: EntryRow | undefined): { readonly itemId: string; readonly valueEventId: string; readonly verified: boolean }[] {
  if (row === undefined) return [];
  return model.fields.flatMap((field) => {
    const item = row.items[field.key];
    if (item === undefined || item.current.kind === 'cleared') return [];
    const valueEventId = item.current.stamp.eventId;
    return [{ itemId: field.key, valueEventId, verified: item.sdv?.valueEventId === valueEventId }];
  });
}

/**
 * Everything the monitor's review adds to the visit page: the queries of the visit (on each field, with
 * its dialog), source-data verification of each value (verify, the mark, "cleared by change on …"),
 * the review's findings on this visit (`?review=1`: marked on their fields and listed), each form's
 * lifecycle stage, and what this role may not do, with the reason (shared/policy).
 */
export function useVisitReview({ store, ctx, subject, protocol, visit, visitId, rows, language, reviewMode, labelOf }: Input) {
  const { t } = useTranslation();
  const session = useSession();
  const today = useToday();
  const subjectId = subject.subjectId;
  const canRaise = useCan('query.opened');
  const canVerify = useCan('sdv.set');
  const canUnverify = useCan('sdv.cleared');
  const canChange = useCan('item.valueSet');
  const canComplete = useCan('form.completed');
  const canAdd = useCan('record.added');
  const canRemove = useCan('record.removed');
  const reads = useLiveQuery(() => visitReviewReads(store, subjectId, visitId, reviewMode), [store, subjectId, visitId, reviewMode]);
  const ready = reads.status === 'ready' ? reads.value : undefined;
  const [queryRequest, setQueryRequest] = useState<QueryRequest | null>(null);
  const [actionError, setActionError] = useState<WriteError | null>(null);

  const subjectQueries = ready?.queries ?? NO_QUERIES;
  const visitQueries = useMemo(() => subjectQueries.filter((q) => q.visitId === visitId), [subjectQueries, visitId]);
  const history = useMemo(() => sdvHistory(ready?.events ?? []), [ready]);
  const signatures = useMemo(() => new SignatureIndex(ready?.signatures ?? []), [ready]);
  const review = useMemo(() => {
    if (ready?.subject === null || ready?.subject === undefined) return undefined;
    const built = buildReview({ protocol, today, blinded: session.user.blinded, ...ready.subject });
    return built.ok ? built.value : undefined;
  }, [ready, protocol, today, session.user.blinded]);
  const findings = useMemo(() => (review === undefined ? NO_FINDINGS : review.findings.filter((f) => f.subjectId === subjectId && f.visitId === visitId)), [review, subjectId, visitId]);

  const target = useCallback(
    (place: { readonly formId?: string; readonly recordId?: string; readonly itemId?: string }): QueryTarget => ({
      subjectId,
      visitId,
      ...(place.formId === undefined ? {} : { formId: place.formId }),
      ...(place.recordId === undefined || place.recordId === SINGLE_RECORD ? {} : { recordId: place.recordId }),
      ...(place.itemId === undefined ? {} : { itemId: place.itemId }),
    }),
    [subjectId, visitId],
  );

  const itemRef = useCallback(
    (a: FieldAddress): ItemRef => ({ subjectId, visitId, formId: a.formId, ...(a.recordId === SINGLE_RECORD ? {} : { recordId: a.recordId }), itemId: a.itemId }),
    [subjectId, visitId],
  );

  const nameOf = useNameOf(store, session.users);
  const who = useCallback((stamp: Stamp) => ({ who: nameOf(stamp.userId), role: t(`entry.role.${stamp.role}`), when: localStamp(stamp.at) }), [nameOf, t]);

  const sdvOf = useCallback(
    (a: FieldAddress): SdvState => sdvStateOf(history, sdvKey(a.formId, a.recordId, a.itemId), rowOf(rows, a.formId, a.recordId)?.items[a.itemId]),
    [history, rows],
  );

  const run = useCallback(async (written: Promise<{ ok: true } | { ok: false; issues: WriteError }>) => {
    const result = await written;
    setActionError(result.ok ? null : result.issues);
  }, []);

  const extrasOf = useCallback(
    (a: FieldAddress): FieldExtras | undefined => {
      const label = labelOf(a);
      const base = inputIdOf(a);
      const queries = queriesAt(visitQueries, { visitId, formId: a.formId, recordId: a.recordId, itemId: a.itemId });
      const item = rowOf(rows, a.formId, a.recordId)?.items[a.itemId];
      const shows = item !== undefined && item.current.kind !== 'cleared';
      const sdv = sdvOf(a);
      const own = findings.filter((f) => f.formId === a.formId && (f.recordId ?? SINGLE_RECORD) === a.recordId && f.itemId === a.itemId);
      const notes: FieldNote[] = own.map((f, i) => ({ id: `${base}-finding-${i}`, tone: 'finding', text: t('review.visit.findingNote', { message: f.message[language] }) }));
      if (sdv.kind === 'verified') notes.push({ id: `${base}-sdv`, tone: 'info', text: t('review.sdv.verifiedBy', who(sdv.verified)) });
      if (sdv.kind === 'cleared-by-change') {
        const change = who(sdv.change);
        const before = who(sdv.verified);
        notes.push({ id: `${base}-sdv`, tone: 'warning', text: t('review.sdv.clearedByChange', { when: change.when, who: change.who, role: change.role, verifiedWhen: before.when, verifiedBy: before.who }) });
      }
      if (sdv.kind === 'removed') notes.push({ id: `${base}-sdv`, tone: 'info', text: t('review.sdv.removedBy', who(sdv.removed)) });
      const open = () => setQueryRequest({ target: target(a), label, field: true });
      const verified = sdv.kind === 'verified';
      const actions: ReactNode = (
        <>
          <QueryButton label={label} queries={queries} canRaise={canRaise.allowed} onOpen={open} />
          {verified ? <span className="badge badge--good">{t('review.sdv.verified')}</span> : null}
          {verified && canUnverify.allowed ? (
            <button type="button" className="button entry-small-button" aria-label={t('review.sdv.unverifyOf', { label })} onClick={() => void run(clearSdv(store, ctx, itemRef(a)))}>
              {t('review.sdv.unverify')}
            </button>
          ) : null}
          {!verified && shows && canVerify.allowed ? (
            <button
              type="button"
              className="button entry-small-button"
              aria-label={t('review.sdv.verifyOf', { label })}
              onClick={() => void run(setSdv(store, ctx, itemRef(a), item.current.stamp.eventId))}
            >
              {t('review.sdv.verify')}
            </button>
          ) : null}
        </>
      );
      return { highlight: reviewMode && own.length > 0, actions, notes };
    },
    [labelOf, visitQueries, visitId, rows, sdvOf, findings, t, language, who, target, canRaise.allowed, canUnverify.allowed, canVerify.allowed, run, store, ctx, reviewMode, itemRef],
  );

  const verifyRecord = useCallback(
    (model: FormModel, recordId: string) => {
      const pending = verifiable(model, rowOf(rows, model.id, recordId)).filter((v) => !v.verified);
      void run(verifyValues(store, ctx, pending.map((v) => ({ ref: itemRef({ formId: model.id, recordId, itemId: v.itemId }), valueEventId: v.valueEventId }))));
    },
    [rows, run, store, ctx, itemRef],
  );

  const lifecycleOf = useCallback(
    (model: FormModel): Lifecycle =>
      formLifecycle({
        entries: rows.filter((r) => r.formId === model.id),
        repeating: model.repeating,
        signed: signatures.covers(subjectId, visitId, model.id),
        shown: new Set(model.fields.map((f) => f.key)),
      }),
    [rows, signatures, subjectId, visitId],
  );

  /** Why a change of the field needs a reason besides a completed form: an unresolved query about it, or a verified value. */
  const guardOf = useCallback(
    (a: FieldAddress): 'query' | 'verified' | undefined =>
      queriesAt(visitQueries, { visitId, formId: a.formId, recordId: a.recordId, itemId: a.itemId }).some((q) => q.status !== 'closed')
        ? 'query'
        : sdvOf(a).kind === 'verified'
          ? 'verified'
          : undefined,
    [visitQueries, visitId, sdvOf],
  );

  const permissions: {
    readonly change: Permission;
    readonly complete: Permission;
    readonly add: Permission;
    readonly remove: Permission;
    readonly verify: Permission;
    readonly raise: Permission;
  } = { change: canChange, complete: canComplete, add: canAdd, remove: canRemove, verify: canVerify, raise: canRaise };

  return {
    visitQueries,
    findings,
    reviewReady: !reviewMode || review !== undefined,
    extrasOf,
    verifiable: (model: FormModel, recordId: string) => verifiable(model, rowOf(rows, model.id, recordId)),
    verifyRecord,
    lifecycleOf,
    guarded: (a: FieldAddress) => guardOf(a) !== undefined,
    guardOf,
    permissions,
    queryRequest,
    openQueries: (request: QueryRequest) => setQueryRequest(request),
    closeQueries: () => setQueryRequest(null),
    queryTarget: target,
    nameOf,
    actionError,
    clearActionError: () => setActionError(null),
    visitLabel: visit.label[language],
  };
}

export type VisitReview = ReturnType<typeof useVisitReview>;
