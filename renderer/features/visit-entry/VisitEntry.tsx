import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import type { EntryRow, SubjectRow } from '../../../shared/events';
import { computeDerivations, type FieldDraft, type FormModel, type VisitModel } from '../../../shared/forms';
import type { Protocol } from '../../../shared/protocol';
import { useSession, writeContextOf } from '../../app/providers';
import { listEntries, type Store } from '../../db';
import { useLiveQuery, type LiveQueryState } from '../../db/use-live-query';
import { focusFieldRow, inputIdOf, summarise, SaverContext, useSaverVersion, type FieldAddress } from '../../forms';
import { useLanguage } from '../../i18n';
import { Page } from '../../ui';
import { lockNoticeIdOf, SigningPanel, useVisitSigning } from '../signing';
import { DerivedScores } from './DerivedScores';
import { EntryActionsContext } from './entry-actions';
import { fieldLabel, recordLabel } from './field-label';
import { FormNavigator } from './FormNavigator';
import { KeyboardHelp } from './KeyboardHelp';
import { RecordForm } from './RecordForm';
import { RepeatingForm } from './RepeatingForm';
import { useEntryCommands } from './use-entry-commands';
import { useLeaveGuard } from './use-leave-guard';
import { useVisitKeys } from './use-visit-keys';
import { useVisitReview } from './use-visit-review';
import { useVisitSaver } from './use-visit-saver';
import { VisitDialogs } from './VisitDialogs';
import { VisitFindings } from './VisitFindings';
import { fieldLink, linkedQueryOf, REVIEW_PARAM } from './visit-links';
import {
  entryContextOf,
  liveVisitValues,
  previousScheduledVisit,
  recordsOf,
  rowOf,
  SINGLE_RECORD,
  storedDrafts,
  storedVisitValues,
  subjectContextOf,
} from './visit-values';
import './visit-entry.css';

export interface VisitEntryProps {
  readonly store: Store;
  readonly subject: SubjectRow;
  readonly protocol: Protocol;
  readonly visit: VisitModel;
  /** The visit instance (the store's visitId). */
  readonly visitId: string;
  /**
   * The visit's form entries (listEntries), read by the page alongside the subject and its visits: the
   * form cannot draw before its stored values are there, and reading them only once this component
   * mounted put a second round of IndexedDB reads between opening the visit and seeing the form.
   */
  readonly rowsState: LiveQueryState<EntryRow[]>;
}

const NO_ROWS: readonly EntryRow[] = [];

/** The visit page once its subject, protocol and forms are known. */
export function VisitEntry({ store, subject, protocol, visit, visitId, rowsState }: VisitEntryProps) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const session = useSession();
  const [params] = useSearchParams();
  const location = useLocation();
  const subjectId = subject.subjectId;
  const reviewMode = params.get(REVIEW_PARAM) === '1';
  // Today's query list links here with the query in the router state (the address stays the visit's).
  const linked = linkedQueryOf(location.state);
  const ctx = useMemo(() => writeContextOf(session.user, { id: subject.protocolId, version: subject.protocolVersion }), [session.user, subject.protocolId, subject.protocolVersion]);
  const target = useMemo(() => ({ store, ctx, subjectId, visitId }), [store, ctx, subjectId, visitId]);
  const previousId = previousScheduledVisit(protocol.visits, visit.id);
  const previousState = useLiveQuery(async () => (previousId === undefined ? [] : listEntries(store, subjectId, previousId)), [store, subjectId, previousId]);
  const rows = rowsState.status === 'ready' ? rowsState.value : NO_ROWS;

  const { saver, reasonRequest, registerRecord, setEnv } = useVisitSaver();
  useSaverVersion(saver);

  const subjectContext = useMemo(() => subjectContextOf(subject, store.clock()), [subject, store]);
  const previousValues = useMemo(() => (previousState.status === 'ready' ? storedVisitValues(previousState.value) : undefined), [previousState]);
  const liveValues = liveVisitValues(visit, rows, saver);
  const context = entryContextOf(subjectContext, liveValues, previousValues);
  const derivations = computeDerivations(visit, liveValues, context);
  const modelOf = useCallback((formId: string): FormModel | undefined => visit.forms.find((f) => f.id === formId), [visit]);
  const labelOf = useCallback((a: FieldAddress) => fieldLabel(visit, rows, a, language, t), [visit, rows, language, t]);

  const review = useVisitReview({ store, ctx, subject, protocol, visit, visitId, rows, language, reviewMode, labelOf });
  const commands = useEntryCommands({ store, target, visit, rows, context, saver, language, queries: review.visitQueries });
  useEffect(() => {
    setEnv({
      target,
      modelOf,
      context,
      storedDraft: (a) => {
        const model = modelOf(a.formId);
        return model === undefined ? undefined : storedDrafts(model, rowOf(rows, a.formId, a.recordId))[a.itemId];
      },
      settled: (a) => rowOf(rows, a.formId, a.recordId)?.status === 'complete' || review.guarded(a),
      afterWrite: commands.afterWrite,
    });
  });

  const leave = useLeaveGuard(saver);
  const scope = useRef<HTMLElement>(null);
  const [historyFor, setHistoryFor] = useState<FieldAddress | null>(null);
  const dialogOpen = historyFor !== null || reasonRequest !== null || leave.asking || commands.dialogOpen || review.queryRequest !== null;
  useVisitKeys(scope, setHistoryFor, !dialogOpen);

  const onDraftChange = useCallback((a: FieldAddress, d: FieldDraft) => saver.change(a, d), [saver]);
  const onCommit = useCallback((a: FieldAddress) => void saver.flush(a, { interactive: true }), [saver]);
  const nameOf = review.nameOf;
  const signing = useVisitSigning(subject, visit, visitId, language);
  const dataProtocol = { id: subject.protocolId, version: subject.protocolVersion };
  const actions = useMemo(
    () => ({
      language,
      context,
      onDraftChange,
      onCommit,
      onHistory: setHistoryFor,
      registerRecord,
      attemptOf: commands.attemptOf,
      complete: commands.complete,
      addRecord: commands.addRecord,
      setLogNone: commands.setLogNone,
      focusRequest: commands.focusRequest,
      clearFocusRequest: commands.clearFocusRequest,
      removeRecord: commands.askRemoval,
      retry: commands.retry,
      nameOf,
      review,
      lockOf: signing.lockOf,
    }),
    [language, context, onDraftChange, onCommit, registerRecord, commands, nameOf, review, signing.lockOf],
  );

  const wanted = params.get('form') ?? linked?.formId;
  const current = visit.forms.find((f) => f.id === wanted) ?? visit.forms[0];
  const fieldOf = (itemId: string) => visit.forms.flatMap((f) => f.fields).find((f) => f.key === itemId);
  const findingsOf = (formId: string) => review.findings.filter((f) => f.formId === formId).length;
  const navForms = visit.forms.map((form) => {
    const stage = review.lifecycleOf(form);
    return {
      id: form.id,
      title: form.title[language],
      status: form.repeating ? { records: recordsOf(rows, form.id).length } : (rowOf(rows, form.id, SINGLE_RECORD)?.status ?? 'not-started'),
      save: summarise([...saver.statuses()].filter(([key]) => key.startsWith(`${form.id}/`)).map(([, status]) => status)),
      ...(stage === 'verified' || stage === 'signed' ? { stage } : {}),
      ...(reviewMode ? { findings: findingsOf(form.id) } : {}),
    };
  });

  // A field named in the address (`field`, `record`) or by Today's link takes the focus once it is drawn.
  const loaded = rowsState.status === 'ready';
  const focusField = params.get('field') ?? linked?.itemId;
  const focusRecord = params.get('record') ?? linked?.recordId ?? SINGLE_RECORD;
  const focused = useRef<string | null>(null);
  useEffect(() => {
    if (!loaded || current === undefined || focusField === undefined || focusField === null) return;
    const key = `${location.key}/${current.id}/${focusRecord}/${focusField}`;
    if (focused.current === key) return;
    const row = document.getElementById(`${inputIdOf({ formId: current.id, recordId: focusRecord, itemId: focusField })}-row`);
    if (row === null) return;
    focused.current = key;
    focusFieldRow(row);
  });
  // Today's link opens the query's thread as well, once.
  const openedLinked = useRef<string | null>(null);
  const { visitQueries, openQueries } = review;
  useEffect(() => {
    if (linked === undefined || openedLinked.current === linked.queryId) return;
    // A field's query waits for the field to have the focus, so closing the thread returns there.
    if (linked.itemId !== undefined && focused.current === null) return;
    const query = visitQueries.find((q) => q.queryId === linked.queryId);
    if (query === undefined) return;
    openedLinked.current = linked.queryId;
    const recordId = query.recordId ?? SINGLE_RECORD;
    const label =
      query.formId === undefined
        ? visit.label[language]
        : query.itemId === undefined
          ? recordLabel(visit, rows, query.formId, recordId, language, t)
          : fieldLabel(visit, rows, { formId: query.formId, recordId, itemId: query.itemId }, language, t);
    openQueries({ target: review.queryTarget(query), label, field: query.itemId !== undefined });
  });

  const toggleReview = new URLSearchParams(params);
  if (reviewMode) toggleReview.delete(REVIEW_PARAM);
  else toggleReview.set(REVIEW_PARAM, '1');

  return (
    <Page title={t('entry.page.title', { visit: visit.label[language] })} subtitle={t('entry.page.subtitle', { code: subject.code ?? subjectId, protocol: protocol.id, version: subject.protocolVersion })}>
      <SaverContext.Provider value={saver}>
        <EntryActionsContext.Provider value={actions}>
          <KeyboardHelp />
          <p className="visit-review-toggle">
            <Link to={{ search: `?${toggleReview.toString()}` }} replace>
              {reviewMode ? t('review.visit.hide') : t('review.visit.show')}
            </Link>
          </p>
          {commands.notice}
          <SigningPanel scope={{ level: 'visit', subjectId, visitId }} rows={signing.rows} names={signing.names} protocol={dataProtocol} />
          {reviewMode ? (
            <VisitFindings
              findings={review.findings}
              ready={review.reviewReady}
              visit={visit}
              rows={rows}
              language={language}
              linkTo={(f) => fieldLink(params, f)}
              visitId={visitId}
              visitQueries={review.visitQueries}
              onOpenVisitQueries={() => openQueries({ target: review.queryTarget({}), label: visit.label[language], field: false })}
              canRaise={review.permissions.raise.allowed}
            />
          ) : null}
          {rowsState.status === 'loading' || current === undefined ? (
            <p role="status">{t('entry.page.loading')}</p>
          ) : rowsState.status === 'failed' ? (
            <p role="alert">{t('entry.page.readFailed', { message: rowsState.message })}</p>
          ) : (
            <div className="visit-layout">
              <FormNavigator forms={navForms} currentId={current.id} keep={reviewMode ? { [REVIEW_PARAM]: '1' } : {}} />
              <div className="visit-main">
                <DerivedScores
                  derivations={visit.derivations}
                  results={derivations}
                  values={liveValues}
                  subject={subjectContext}
                  fieldOf={fieldOf}
                  language={language}
                  unfolded={current.fields.some((f) => visit.derivations.some((d) => d.inputs.includes(f.key)))}
                />
                <section ref={scope} aria-labelledby="visit-form-title" className="visit-form">
                  <h2 id="visit-form-title" className="visit-form__title" tabIndex={-1}>
                    {current.title[language]}
                  </h2>
                  <SigningPanel
                    scope={{ level: 'form', subjectId, visitId, formId: current.id }}
                    rows={signing.rows}
                    names={signing.names}
                    protocol={dataProtocol}
                    lockNoticeId={lockNoticeIdOf(current.id)}
                  />
                  {current.repeating ? (
                    <RepeatingForm model={current} records={recordsOf(rows, current.id)} logEntry={rowOf(rows, current.id, SINGLE_RECORD)} />
                  ) : (
                    <RecordForm key={current.id} model={current} recordId={SINGLE_RECORD} row={rowOf(rows, current.id, SINGLE_RECORD)} label={current.title[language]} />
                  )}
                </section>
              </div>
            </div>
          )}
          <VisitDialogs
            store={store}
            target={target}
            visit={visit}
            saver={saver}
            language={language}
            rows={rows}
            reasonRequest={reasonRequest}
            historyFor={historyFor}
            onCloseHistory={() => setHistoryFor(null)}
            leave={leave}
            commands={commands}
            nameOf={nameOf}
            review={review}
          />
        </EntryActionsContext.Provider>
      </SaverContext.Provider>
    </Page>
  );
}
