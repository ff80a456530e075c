import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntryRow } from '../../../shared/events';
import type { FormModel } from '../../../shared/forms';
import { useSaver, useSaverVersion, summarise, fieldKey, inputIdOf, FormRenderer, localStamp, focusFieldRow } from '../../forms';
import { Badge } from '../../ui';
import { CompletionPanel } from './CompletionPanel';
import { useEntryActions } from './entry-actions';
import { RecordReviewBar } from './RecordReviewBar';
import { SaveSummary } from './SaveSummary';
import { liveDrafts, storedDrafts } from './visit-values';

export interface RecordFormProps {
  readonly model: FormModel;
  /** '' for a single form. */
  readonly recordId: string;
  readonly row: EntryRow | undefined;
  /** How the record reads (the form's title, or "Adverse events 2"). */
  readonly label: string;
}

/** One record (a single form, or one row of a repeating form): its fields, save state and completion. */
export function RecordForm({ model, recordId, row, label }: RecordFormProps) {
  const { t } = useTranslation();
  const actions = useEntryActions();
  const saver = useSaver();
  useSaverVersion(saver);
  const stored = useMemo(() => storedDrafts(model, row), [model, row]);
  const [defaults] = useState(() => liveDrafts(model, recordId, row, saver));
  const isEdited = useCallback((itemId: string) => saver.draftOf(fieldKey({ formId: model.id, recordId, itemId })) !== undefined, [saver, model.id, recordId]);
  const storedKeys = useMemo(
    () => new Set(Object.entries(row?.items ?? {}).flatMap(([key, item]) => (item.current.kind === 'cleared' ? [] : [key]))),
    [row],
  );
  const prefix = `${model.id}/${recordId}/`;
  const summary = summarise([...saver.statuses()].filter(([key]) => key.startsWith(prefix)).map(([, status]) => status));
  const attempt = actions.attemptOf({ formId: model.id, recordId });
  const complete = row?.status === 'complete';
  const box = useRef<HTMLDivElement>(null);
  const { focusRequest, clearFocusRequest } = actions;
  useEffect(() => {
    if (focusRequest === null || focusRequest.formId !== model.id || focusRequest.recordId !== recordId) return;
    clearFocusRequest();
    focusFieldRow(box.current?.querySelector('[data-field-key]'));
  }, [focusRequest, clearFocusRequest, model.id, recordId]);
  const jump = (itemId: string) => focusFieldRow(document.getElementById(`${inputIdOf({ formId: model.id, recordId, itemId })}-row`));
  const { review } = actions;
  const readOnlyId = `${inputIdOf({ formId: model.id, recordId, itemId: 'record' })}-read-only`;
  const stage = review.lifecycleOf(model);
  const lockId = actions.lockOf(model.id);

  return (
    <div ref={box} className="visit-record" data-entry-scope="">
      <div className="visit-record__bar">
        {complete ? (
          <Badge tone="good">{t('entry.status.complete')}</Badge>
        ) : (
          <Badge tone={row === undefined || row.status === 'not-started' ? 'neutral' : 'info'}>{t(`entry.status.${row?.status ?? 'not-started'}`)}</Badge>
        )}
        {stage === 'verified' || stage === 'signed' ? <Badge tone="good">{t(`review.lifecycle.${stage}`)}</Badge> : null}
        <SaveSummary summary={summary} onRetry={actions.retry} />
      </div>
      <RecordReviewBar model={model} recordId={recordId} label={label} readOnlyId={readOnlyId} />
      <FormRenderer
        model={model}
        recordId={recordId}
        defaultValues={defaults}
        stored={stored}
        isEdited={isEdited}
        context={actions.context}
        language={actions.language}
        showRequired={attempt !== undefined}
        storedKeys={storedKeys}
        onDraftChange={actions.onDraftChange}
        onCommit={actions.onCommit}
        onHistory={actions.onHistory}
        onReady={actions.registerRecord}
        readOnlyReasonId={lockId ?? (review.permissions.change.allowed ? undefined : readOnlyId)}
        extrasOf={review.extrasOf}
      />
      {attempt === undefined || complete ? null : (
        <CompletionPanel
          model={model}
          result={attempt.result}
          language={actions.language}
          onJump={jump}
          onCompleteAnyway={() => void actions.complete(model, recordId, true)}
        />
      )}
      <div className="form-actions">
        {complete ? (
          <p className="visit-record__completed">
            {t('entry.complete.done', {
              when: localStamp(row.completed?.at ?? row.updated.at),
              who: actions.nameOf(row.completed?.userId ?? row.updated.userId),
            })}
          </p>
        ) : lockId !== undefined ? null : review.permissions.complete.allowed ? (
          <button type="button" className="button button--primary" onClick={() => void actions.complete(model, recordId, false)}>
            {model.repeating ? t('entry.complete.record') : t('entry.complete.form', { form: model.title[actions.language] })}
          </button>
        ) : (
          <p className="visit-review-bar__why">{t('review.readOnly.cannotComplete', { why: review.permissions.complete.why })}</p>
        )}
      </div>
    </div>
  );
}
