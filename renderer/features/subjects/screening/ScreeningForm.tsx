import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { decideScreening, type CriterionAnswer } from '../../../../shared/care';
import type { SubjectRow } from '../../../../shared/events';
import { isLocalDate } from '../../../../shared/schedule';
import { SHIPPED_CATALOGUE, type Protocol } from '../../../../shared/protocol';
import { useSession, useStore } from '../../../app/providers';
import { SaveFailedDialog } from '../../../app/SaveFailedDialog';
import { useCan } from '../../../app/use-can';
import { screenSubject, type WriteError } from '../../../db';
import { Badge, Field } from '../../../ui';
import { CriterionRow } from './CriterionRow';
import { observationsOf, type ScreeningFields, type ValueDraft } from './screening-fields';
import { ScreeningValues } from './ScreeningValues';

export interface ScreeningFormProps {
  readonly subject: SubjectRow;
  readonly protocol: Protocol;
  readonly fields: ScreeningFields;
  readonly initialDrafts: Readonly<Record<string, ValueDraft>>;
  /** Items with a value in the store now (clearing one is a change to save). */
  readonly storedKeys: ReadonlySet<string>;
  readonly initialAnswers: Readonly<Record<string, CriterionAnswer>>;
  readonly initialConfirmedBy: string | undefined;
}

const OVERALL_TONE = { eligible: 'good', 'not-eligible': 'bad', incomplete: 'warning' } as const;

/**
 * The eligibility checklist: screening values (saved as they are entered), every criterion evaluated
 * live, the investigator's confirmations, and the decision with who confirmed it (subject.screened).
 */
export function ScreeningForm({ subject, protocol, fields, initialDrafts, storedKeys, initialAnswers, initialConfirmedBy }: ScreeningFormProps) {
  const { t } = useTranslation();
  const store = useStore();
  const session = useSession();
  const ctx = session.writeContext({ id: subject.protocolId, version: subject.protocolVersion });
  const canDecide = useCan('subject.screened');
  const canEnter = useCan('item.valueSet');
  const closed = subject.status !== 'screening' && subject.status !== 'eligible' && subject.status !== 'screen-failed';
  const [drafts, setDrafts] = useState<Record<string, ValueDraft>>({ ...initialDrafts });
  const [answers, setAnswers] = useState<Record<string, CriterionAnswer>>({ ...initialAnswers });
  const [screenedOn, setScreenedOn] = useState(subject.screening.screenedOn);
  const [confirmedBy, setConfirmedBy] = useState(initialConfirmedBy ?? '');
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<WriteError | undefined>(undefined);
  const [saved, setSaved] = useState<string | undefined>(undefined);

  const dateOk = isLocalDate(screenedOn);
  const decision = decideScreening(protocol, { referenceDate: dateOk ? screenedOn : subject.screening.screenedOn, observations: observationsOf(fields.fields, drafts), answers }, SHIPPED_CATALOGUE);
  const investigators = session.users.filter((u) => u.role === 'investigator');
  const decided = decision.result !== 'pending';
  const changesDecision = subject.screening.result !== 'pending' && decision.result !== subject.screening.result;
  const confirmError = decided && confirmedBy === '' ? t('care.screening.confirmRequired') : undefined;
  const reasonError = changesDecision && reason.trim() === '' ? t('care.screening.reasonRequired') : undefined;

  const record = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTried(true);
    setSaved(undefined);
    if (!dateOk || confirmError !== undefined || reasonError !== undefined) return;
    setSaving(true);
    const result = await screenSubject(
      store,
      ctx,
      subject.subjectId,
      { siteId: subject.siteId, screenedOn, answers: [...decision.answers], result: decision.result, ...(decided ? { confirmedBy } : {}) },
      changesDecision ? reason.trim() : undefined,
    );
    setSaving(false);
    if (result.ok) {
      setSaved(t(`care.screening.recorded.${decision.result}`));
      setReason('');
    } else setFailure(result.issues);
  };

  return (
    <form onSubmit={(e) => void record(e)} noValidate aria-label={t('care.screening.formLabel')}>
      <Field label={t('care.screening.screenedOn')} hint={t('care.screening.screenedOnHint')} error={dateOk ? undefined : t('care.common.dateInvalid')}>
        {(control) => <input {...control} type="text" value={screenedOn} disabled={closed} onChange={(e) => setScreenedOn(e.target.value)} />}
      </Field>
      <h3>{t('care.screening.valuesTitle')}</h3>
      <p className="hint">{t('care.screening.valuesHint')}</p>
      <ScreeningValues
        subjectId={subject.subjectId}
        visitId={fields.visitId}
        ctx={ctx}
        fields={fields.fields}
        drafts={drafts}
        stored={storedKeys}
        onChange={(key, draft) => setDrafts((d) => ({ ...d, [key]: draft }))}
        disabled={closed || !canEnter.allowed}
      />
      {!closed && !canEnter.allowed ? <p className="notice">{canEnter.why}</p> : null}
      <h3>{t('care.screening.checklistTitle')}</h3>
      <div className="decision" role="status" aria-live="polite">
        <span>{t('care.screening.overall')}</span>
        <Badge tone={OVERALL_TONE[decision.overall]}>{t(`care.screening.overallValue.${decision.overall}`)}</Badge>
      </div>
      <ol className="checklist" aria-label={t('care.screening.checklistTitle')}>
        {decision.rows.map((row) => (
          <CriterionRow
            key={row.result.criterion}
            row={row}
            answer={answers[row.result.criterion]}
            disabled={closed || !canDecide.allowed}
            onAnswer={(answer) =>
              setAnswers((current) => {
                const { [row.result.criterion]: _old, ...rest } = current;
                return answer === undefined ? rest : { ...rest, [row.result.criterion]: answer };
              })
            }
          />
        ))}
      </ol>
      {!closed && !canDecide.allowed ? <p className="notice">{canDecide.why}</p> : null}
      {closed || !canDecide.allowed ? null : (
        <>
          <h3>{t('care.screening.decisionTitle')}</h3>
          <Field
            label={t('care.screening.confirmedBy')}
            hint={investigators.length === 0 ? t('care.screening.noInvestigator') : t('care.screening.confirmedByHint')}
            error={tried ? confirmError : undefined}
          >
            {(control) => (
              <select {...control} value={confirmedBy} onChange={(e) => setConfirmedBy(e.target.value)}>
                <option value="">{t('care.screening.notConfirmed')}</option>
                {investigators.map((u) => (
                  <option key={u.userId} value={u.userId}>
                    {u.displayName}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {changesDecision ? (
            <Field label={t('care.common.reasonForChange')} error={tried ? reasonError : undefined}>
              {(control) => <input {...control} type="text" value={reason} onChange={(e) => setReason(e.target.value)} />}
            </Field>
          ) : null}
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={saving}>
              {t(`care.screening.record.${decision.result}`)}
            </button>
          </div>
          {saved === undefined ? null : (
            <p role="status" className="notice">
              {saved}
            </p>
          )}
        </>
      )}
      {failure === undefined ? null : <SaveFailedDialog error={failure} onClose={() => setFailure(undefined)} />}
    </form>
  );
}
