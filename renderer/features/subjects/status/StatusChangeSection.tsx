import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { needsReasonForChange, needsStatusReason, statusChoices, type StatusChoice } from '../../../../shared/care';
import type { SubjectRow } from '../../../../shared/events';
import { isLocalDate } from '../../../../shared/schedule';
import { useSession, useStore } from '../../../app/providers';
import { SaveFailedDialog } from '../../../app/SaveFailedDialog';
import { useCan } from '../../../app/use-can';
import { useToday } from '../../../app/use-today';
import { changeSubjectStatus, type WriteError } from '../../../db';
import { Field, Section } from '../../../ui';

/**
 * Study status with date and reason: withdrawn, lost to follow-up, died, liver transplantation,
 * completed; after a withdrawal, vital status (died, transplanted) can still be recorded.
 */
export function StatusChangeSection({ subject }: { readonly subject: SubjectRow }) {
  const { t } = useTranslation();
  const store = useStore();
  const session = useSession();
  const today = useToday();
  const can = useCan('subject.statusChanged');
  const choices = can.allowed ? statusChoices(subject.status) : [];
  const [status, setStatus] = useState<StatusChoice | ''>('');
  const [date, setDate] = useState(today);
  const [statusReason, setStatusReason] = useState('');
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<WriteError | undefined>(undefined);
  const [done, setDone] = useState<string | undefined>(undefined);
  if (choices.length === 0) return null;

  const errors = {
    status: status === '' ? t('care.status.chooseStatus') : undefined,
    date: isLocalDate(date.trim()) ? (date.trim() > today ? t('care.status.dateFuture') : undefined) : t('care.common.dateInvalid'),
    statusReason: status !== '' && needsStatusReason(status) && statusReason.trim() === '' ? t('care.status.reasonRequired') : undefined,
    reason: status !== '' && needsReasonForChange(status) && reason.trim() === '' ? t('care.screening.reasonRequired') : undefined,
  };
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTried(true);
    setDone(undefined);
    if (status === '' || Object.values(errors).some((e) => e !== undefined)) return;
    setSaving(true);
    const result = await changeSubjectStatus(
      store,
      session.writeContext({ id: subject.protocolId, version: subject.protocolVersion }),
      subject.subjectId,
      { status, date: date.trim(), ...(statusReason.trim() === '' ? {} : { statusReason: statusReason.trim() }) },
      needsReasonForChange(status) ? reason.trim() : undefined,
    );
    setSaving(false);
    if (!result.ok) return setFailure(result.issues);
    setDone(t('care.status.saved', { status: t(`care.subjectStatus.${status}`) }));
    setStatus('');
    setStatusReason('');
    setReason('');
    setTried(false);
  };
  const show = (e: string | undefined) => (tried ? e : undefined);
  return (
    <Section title={t('care.status.title')}>
      {subject.statusDate === undefined ? null : (
        <p>
          {t('care.status.current', { status: t(`care.subjectStatus.${subject.status}`), date: subject.statusDate })}
          {subject.statusReason === undefined ? null : ` · ${subject.statusReason}`}
        </p>
      )}
      {subject.status === 'withdrawn' || subject.status === 'lost-to-follow-up' ? <p className="hint">{t('care.status.vitalHint')}</p> : null}
      <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('care.status.title')}>
        <div className="form-row">
          <Field label={t('care.status.newStatus')} error={show(errors.status)}>
            {(control) => (
              <select {...control} value={status} onChange={(e) => setStatus(choices.find((c) => c === e.target.value) ?? '')}>
                <option value="">{t('care.status.choose')}</option>
                {choices.map((c) => (
                  <option key={c} value={c}>
                    {t(`care.subjectStatus.${c}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('care.status.date')} hint={t('care.common.dateFormat')} error={show(errors.date)}>
            {(control) => <input {...control} type="text" autoComplete="off" value={date} onChange={(e) => setDate(e.target.value)} />}
          </Field>
        </div>
        <Field label={status !== '' && needsStatusReason(status) ? t('care.status.whyRequired') : t('care.status.why')} error={show(errors.statusReason)}>
          {(control) => <input {...control} type="text" autoComplete="off" value={statusReason} onChange={(e) => setStatusReason(e.target.value)} />}
        </Field>
        {status !== '' && needsReasonForChange(status) ? (
          <Field label={t('care.common.reasonForChange')} error={show(errors.reason)}>
            {(control) => <input {...control} type="text" autoComplete="off" value={reason} onChange={(e) => setReason(e.target.value)} />}
          </Field>
        ) : null}
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={saving}>
            {t('care.status.submit')}
          </button>
        </div>
        {done === undefined ? null : (
          <p role="status" className="notice">
            {done}
          </p>
        )}
      </form>
      {failure === undefined ? null : <SaveFailedDialog error={failure} onClose={() => setFailure(undefined)} />}
    </Section>
  );
}
