import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { EntryRow, SubjectRow } from '../../../shared/events';
import { computeDerivations, type FieldDraft, type FormModel, type VisitModel } from '../../../shared/forms';
import type { Protocol } from '../../../shared/protocol';
import { useSession, writeContextOf } from '../../app/providers';
import { listEntries, type Store } from '../../db';
import { useLiveQuery } from '../../db/use-live-query';
import { summarise, SaverContext, useSaverVersion, type FieldAddress } from '../../forms';
import { useLanguage } from '../../i18n';
import { Page } from '../../ui';
import { DerivedScores } from './DerivedScores';
import { EntryActionsContext } from './entry-actions';
import { FormNavigator } from './FormNavigator';
import { KeyboardHelp } from './KeyboardHelp';
import { RecordForm } from './RecordForm';
import { RepeatingForm } from './RepeatingForm';
import { useEntryCommands } from './use-entry-commands';
import { useLeaveGuard } from './use-leave-guard';
import { useVisitKeys } from './use-visit-keys';
import { useVisitSaver } from './use-visit-saver';
import { VisitDialogs } from './VisitDialogs';
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
}

const NO_ROWS: readonly EntryRow[] = [];

/** The visit page once its subject, protocol and forms are known. */
export function VisitEntry({ store, subject, protocol, visit, visitId }: VisitEntryProps) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const session = useSession();
  const [params] = useSearchParams();
  const subjectId = subject.subjectId;
  const ctx = useMemo(() => writeContextOf(session.user, { id: subject.protocolId, version: subject.protocolVersion }), [session.user, subject.protocolId, subject.protocolVersion]);
  const target = useMemo(() => ({ store, ctx, subjectId, visitId }), [store, ctx, subjectId, visitId]);
  const rowsState = useLiveQuery(() => listEntries(store, subjectId, visitId), [store, subjectId, visitId]);
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

  const commands = useEntryCommands({ store, target, visit, rows, context, saver, language });
  useEffect(() => {
    setEnv({
      target,
      modelOf,
      context,
      storedDraft: (a) => {
        const model = modelOf(a.formId);
        return model === undefined ? undefined : storedDrafts(model, rowOf(rows, a.formId, a.recordId))[a.itemId];
      },
      settled: (a) => rowOf(rows, a.formId, a.recordId)?.status === 'complete',
      afterWrite: commands.afterWrite,
    });
  });

  const leave = useLeaveGuard(saver);
  const scope = useRef<HTMLElement>(null);
  const [historyFor, setHistoryFor] = useState<FieldAddress | null>(null);
  const dialogOpen = historyFor !== null || reasonRequest !== null || leave.asking || commands.dialogOpen;
  useVisitKeys(scope, setHistoryFor, !dialogOpen);

  const onDraftChange = useCallback((a: FieldAddress, d: FieldDraft) => saver.change(a, d), [saver]);
  const onCommit = useCallback((a: FieldAddress) => void saver.flush(a, { interactive: true }), [saver]);
  const nameOf = useCallback((userId: string) => session.users.find((u) => u.userId === userId)?.displayName ?? userId, [session.users]);
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
      focusRequest: commands.focusRequest,
      clearFocusRequest: commands.clearFocusRequest,
      removeRecord: commands.askRemoval,
      retry: commands.retry,
      nameOf,
    }),
    [language, context, onDraftChange, onCommit, registerRecord, commands, nameOf],
  );

  const current = visit.forms.find((f) => f.id === params.get('form')) ?? visit.forms[0];
  const fieldOf = (itemId: string) => visit.forms.flatMap((f) => f.fields).find((f) => f.key === itemId);
  const navForms = visit.forms.map((form) => ({
    id: form.id,
    title: form.title[language],
    status: form.repeating ? { records: recordsOf(rows, form.id).length } : (rowOf(rows, form.id, SINGLE_RECORD)?.status ?? 'not-started'),
    save: summarise([...saver.statuses()].filter(([key]) => key.startsWith(`${form.id}/`)).map(([, status]) => status)),
  }));

  return (
    <Page title={t('entry.page.title', { visit: visit.label[language] })} subtitle={t('entry.page.subtitle', { code: subject.code ?? subjectId, protocol: protocol.id, version: subject.protocolVersion })}>
      <SaverContext.Provider value={saver}>
        <EntryActionsContext.Provider value={actions}>
          <KeyboardHelp />
          {commands.notice}
          {rowsState.status === 'loading' || current === undefined ? (
            <p role="status">{t('entry.page.loading')}</p>
          ) : rowsState.status === 'failed' ? (
            <p role="alert">{t('entry.page.readFailed', { message: rowsState.message })}</p>
          ) : (
            <div className="visit-layout">
              <FormNavigator forms={navForms} currentId={current.id} />
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
                  {current.repeating ? (
                    <RepeatingForm model={current} records={recordsOf(rows, current.id)} />
                  ) : (
                    <RecordForm key={current.id} model={current} recordId={SINGLE_RECORD} row={rowOf(rows, current.id, SINGLE_RECORD)} />
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
          />
        </EntryActionsContext.Provider>
      </SaverContext.Provider>
    </Page>
  );
}
