import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { nextStageStep } from '../../../../shared/care';
import type { SubjectRow } from '../../../../shared/events';
import type { Protocol } from '../../../../shared/protocol';
import { useSession, useStore } from '../../../app/providers';
import { SaveFailedDialog } from '../../../app/SaveFailedDialog';
import { useCan } from '../../../app/use-can';
import { assignArm, type WriteError } from '../../../db';
import { Section } from '../../../ui';
import { useBilingual } from '../use-bilingual';
import { resolveAssignment, type AssignmentChoice, type AssignmentProblem } from './assignment';
import { AssignmentChoiceFields } from './AssignmentChoiceFields';

/**
 * The assignment the subject is due: the stage-1 kit if enrolment left none, or the next stage's step
 * (NCT05985863: at W4, before the infusion). Blinded users see one "stage 2 assignment" for every
 * survivor, whether the subject is re-randomised or carries on, so the step reveals nothing.
 */
export interface AssignmentSectionProps {
  readonly subject: SubjectRow;
  readonly protocol: Protocol;
  /** Whether the visit of a re-randomisation has come (its window opened); before that the step is not offered. */
  readonly visitReached: (visitId: string) => boolean;
}

export function AssignmentSection({ subject, protocol, visitReached }: AssignmentSectionProps) {
  const { t } = useTranslation();
  const store = useStore();
  const session = useSession();
  const pick = useBilingual();
  const [choice, setChoice] = useState<AssignmentChoice>({ mode: 'list' });
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<AssignmentProblem | undefined>(undefined);
  const [failure, setFailure] = useState<WriteError | undefined>(undefined);
  const can = useCan('subject.armAssigned');
  const step = nextStageStep(protocol, subject);
  if (step.kind === 'none' || (step.kind !== 'enrolment' && !visitReached(step.atVisit))) return null;
  const stage = protocol.stages.find((s) => s.number === step.stage);
  const atVisit = step.kind === 'enrolment' ? undefined : protocol.visits.find((v) => v.id === step.atVisit);
  const target = { protocolId: protocol.id, stage: step.stage, site: subject.siteId, arms: step.arms };

  const assign = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(undefined);
    setSaving(true);
    try {
      const payload = await resolveAssignment(store, target, choice);
      if (!payload.ok) return setProblem(payload.issues);
      const saved = await assignArm(store, session.writeContext({ id: subject.protocolId, version: subject.protocolVersion }), subject.subjectId, payload.value);
      if (!saved.ok) setFailure(saved.issues);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Section title={step.kind === 'enrolment' ? t('care.assign.titleMissing') : t('care.assign.titleStage', { stage: step.stage })}>
      {step.kind === 'enrolment' ? (
        <p className="notice notice--warning">{t('care.assign.missing')}</p>
      ) : (
        <p className="hint">
          {t('care.assign.when', { visit: atVisit === undefined ? step.atVisit : pick(atVisit.label) })}{' '}
          {stage?.entry.kind === 're-randomisation' && stage.entry.condition !== undefined ? pick(stage.entry.condition) : null}
        </p>
      )}
      {can.allowed ? null : <p className="notice">{can.why}</p>}
      {!can.allowed ? null : (
        <form onSubmit={(e) => void assign(e)} noValidate aria-label={t('care.assign.formLabel')}>
          <AssignmentChoiceFields protocol={protocol} target={target} value={choice} onChange={setChoice} kitError={problem === 'kit-used' || problem === 'manual-empty' ? t(`care.assign.problem.${problem}`, { site: subject.siteId }) : undefined} />
          {problem === 'list-empty' ? (
            <p role="alert" className="notice notice--bad">
              {t('care.assign.problem.list-empty', { site: subject.siteId })}
            </p>
          ) : null}
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={saving}>
              {t('care.assign.submit')}
            </button>
          </div>
        </form>
      )}
      {failure === undefined ? null : <SaveFailedDialog error={failure} onClose={() => setFailure(undefined)} />}
    </Section>
  );
}
