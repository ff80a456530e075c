import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatSubjectCode, nextSubjectNumber } from '../../../../shared/care';
import type { SubjectRow } from '../../../../shared/events';
import type { Protocol } from '../../../../shared/protocol';
import { useSession, useStore } from '../../../app/providers';
import { SaveFailedDialog } from '../../../app/SaveFailedDialog';
import { useToday } from '../../../app/use-today';
import { assignArm, enrolSubject, type WriteError } from '../../../db';
import { Field } from '../../../ui';
import { resolveAssignment, type AssignmentChoice, type AssignmentProblem } from '../allocation/assignment';
import { AssignmentChoiceFields } from '../allocation/AssignmentChoiceFields';
import { enrolmentPayload, type EnrolmentDraft } from './enrolment-draft';

export interface EnrolmentFormProps {
  readonly subject: SubjectRow;
  readonly protocol: Protocol;
  /** Stage 1 (or a new cohort's stage) and the arms it randomises into. */
  readonly stage: number;
  readonly arms: readonly string[];
  /** Codes already used (for the next free number). */
  readonly codes: readonly (string | undefined)[];
  /** What screening recorded, to start with. */
  readonly fromScreening?: { readonly sex?: 'M' | 'F'; readonly age?: number };
}

/**
 * Enrolment: subject code (site + number), sex, year of birth or age, and day 1, then the kit from the
 * sealed list (or by hand) in the same step. The form offers no name or identity number field.
 */
export function EnrolmentForm({ subject, protocol, stage, arms, codes, fromScreening = {} }: EnrolmentFormProps) {
  const { t } = useTranslation();
  const store = useStore();
  const session = useSession();
  const today = useToday();
  const sexName = useId();
  const ageName = useId();
  const [draft, setDraft] = useState<EnrolmentDraft>(() => ({
    number: String(nextSubjectNumber(subject.siteId, codes)),
    sex: fromScreening.sex ?? '',
    ageBy: fromScreening.age === undefined ? 'birthYear' : 'age',
    birthYear: '',
    age: fromScreening.age === undefined ? '' : String(fromScreening.age),
    day1: today,
  }));
  const [choice, setChoice] = useState<AssignmentChoice>({ mode: 'list' });
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<WriteError | undefined>(undefined);
  const [problem, setProblem] = useState<AssignmentProblem | undefined>(undefined);
  const form = useRef<HTMLFormElement>(null);
  // Enrolment is the next thing to do once the subject is eligible: start there (an in-page step; after a
  // navigation the layout moves focus to the page heading afterwards).
  useEffect(() => {
    form.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, []);
  const set = (patch: Partial<EnrolmentDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const { payload, errors } = enrolmentPayload(subject.siteId, draft, Number(today.slice(0, 4)));
  const shown = tried ? errors : {};
  const ctx = session.writeContext({ id: subject.protocolId, version: subject.protocolVersion });
  const target = { protocolId: protocol.id, stage, site: subject.siteId, arms };

  const enrol = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTried(true);
    setProblem(undefined);
    if (payload === undefined) return;
    setSaving(true);
    try {
      const assignment = await resolveAssignment(store, target, choice);
      if (!assignment.ok) return setProblem(assignment.issues);
      const enrolled = await enrolSubject(store, ctx, subject.subjectId, payload);
      if (!enrolled.ok) return setFailure(enrolled.issues);
      const assigned = await assignArm(store, ctx, subject.subjectId, assignment.value);
      if (!assigned.ok) setFailure(assigned.issues);
    } finally {
      setSaving(false);
    }
  };

  const problemText = problem === undefined ? undefined : t(`care.assign.problem.${problem}`, { site: subject.siteId });
  return (
    <form ref={form} onSubmit={(e) => void enrol(e)} noValidate aria-label={t('care.enrol.formLabel')}>
      <p className="hint">{t('care.enrol.noIdentity')}</p>
      <Field
        label={t('care.enrol.number')}
        hint={t('care.enrol.codePreview', { code: /^[0-9]{1,6}$/.test(draft.number.trim()) ? formatSubjectCode(subject.siteId, Number(draft.number)) : `${subject.siteId}-…` })}
        error={shown.number === undefined ? undefined : t('care.enrol.numberInvalid')}
      >
        {(control) => <input {...control} type="text" inputMode="numeric" autoComplete="off" value={draft.number} onChange={(e) => set({ number: e.target.value })} />}
      </Field>
      <fieldset className="choice-group" aria-invalid={shown.sex !== undefined}>
        <legend>{t('care.enrol.sex')}</legend>
        <div className="choice-group__options">
          {(['F', 'M'] as const).map((sex) => (
            <label key={sex} className="check">
              <input type="radio" name={sexName} checked={draft.sex === sex} onChange={() => set({ sex })} />
              <span>{t(`care.enrol.sexValue.${sex}`)}</span>
            </label>
          ))}
        </div>
        {shown.sex === undefined ? null : <p className="form-field__error">{t('care.enrol.sexRequired')}</p>}
      </fieldset>
      <fieldset className="choice-group">
        <legend>{t('care.enrol.ageBy')}</legend>
        <div className="choice-group__options">
          {(['birthYear', 'age'] as const).map((by) => (
            <label key={by} className="check">
              <input type="radio" name={ageName} checked={draft.ageBy === by} onChange={() => set({ ageBy: by })} />
              <span>{t(`care.enrol.ageByValue.${by}`)}</span>
            </label>
          ))}
        </div>
        {draft.ageBy === 'birthYear' ? (
          <Field label={t('care.enrol.birthYear')} error={shown.birthYear === undefined ? undefined : t('care.enrol.birthYearInvalid')}>
            {(control) => <input {...control} type="text" inputMode="numeric" autoComplete="off" value={draft.birthYear} onChange={(e) => set({ birthYear: e.target.value })} />}
          </Field>
        ) : (
          <Field label={t('care.enrol.age')} error={shown.age === undefined ? undefined : t('care.enrol.ageInvalid')}>
            {(control) => <input {...control} type="text" inputMode="numeric" autoComplete="off" value={draft.age} onChange={(e) => set({ age: e.target.value })} />}
          </Field>
        )}
      </fieldset>
      <Field label={t('care.enrol.day1')} hint={t('care.enrol.day1Hint')} error={shown.day1 === undefined ? undefined : t('care.common.dateInvalid')}>
        {(control) => <input {...control} type="text" autoComplete="off" value={draft.day1} onChange={(e) => set({ day1: e.target.value })} />}
      </Field>
      <AssignmentChoiceFields protocol={protocol} target={target} value={choice} onChange={setChoice} kitError={problem === 'kit-used' || problem === 'manual-empty' ? problemText : undefined} />
      {problemText === undefined || problem === 'kit-used' || problem === 'manual-empty' ? null : (
        <p role="alert" className="notice notice--bad">
          {problemText}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {t('care.enrol.submit')}
        </button>
      </div>
      {failure === undefined ? null : <SaveFailedDialog error={failure} onClose={() => setFailure(undefined)} />}
    </form>
  );
}
