import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { enrolmentStages, screeningVisitOf } from '../../../../shared/care';
import type { EntryRow, SubjectRow } from '../../../../shared/events';
import type { Protocol } from '../../../../shared/protocol';
import { useStore } from '../../../app/providers';
import { useCan } from '../../../app/use-can';
import { listEntries, listSubjects } from '../../../db';
import { useLiveQuery } from '../../../db/use-live-query';
import { Field, Section } from '../../../ui';
import { useBilingual } from '../use-bilingual';
import { EnrolmentForm } from './EnrolmentForm';

/** Sex and age the screening forms recorded, to start the enrolment form with (the nurse can change them). */
function screeningFacts(entries: readonly EntryRow[]): { sex?: 'M' | 'F'; age?: number } {
  const valueOf = (item: string) => entries.map((e) => e.items[item]?.current).find((v) => v?.kind === 'value')?.value;
  const sex = valueOf('sex');
  const age = valueOf('age');
  return { ...(sex === 'M' || sex === 'F' ? { sex } : {}), ...(typeof age === 'number' ? { age } : {}) };
}

/** Enrolment of a subject screened eligible; a protocol with a later cohort asks which stage. */
export function EnrolmentSection({ subject, protocol }: { readonly subject: SubjectRow; readonly protocol: Protocol }) {
  const { t } = useTranslation();
  const store = useStore();
  const pick = useBilingual();
  const stages = enrolmentStages(protocol);
  const [stageNumber, setStageNumber] = useState(stages[0]?.number ?? 1);
  const subjects = useLiveQuery(() => listSubjects(store), [store]);
  const screeningVisit = screeningVisitOf(protocol)?.id ?? '';
  const screeningEntries = useLiveQuery(() => listEntries(store, subject.subjectId, screeningVisit), [store, subject.subjectId, screeningVisit]);
  const stage = stages.find((s) => s.number === stageNumber) ?? stages[0];
  const can = useCan('subject.enrolled');
  if (!can.allowed) {
    return (
      <Section title={t('care.enrol.title')}>
        <p className="notice">{can.why}</p>
      </Section>
    );
  }
  return (
    <Section title={t('care.enrol.title')}>
      {stages.length > 1 ? (
        <Field label={t('care.enrol.stage')}>
          {(control) => (
            <select {...control} value={stageNumber} onChange={(e) => setStageNumber(Number(e.target.value))}>
              {stages.map((s) => (
                <option key={s.number} value={s.number}>
                  {pick(s.label)}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      {subjects.status !== 'ready' || screeningEntries.status !== 'ready' || stage === undefined ? (
        <p role="status">{t('care.loading')}</p>
      ) : (
        <EnrolmentForm
          key={stage.number}
          subject={subject}
          protocol={protocol}
          stage={stage.number}
          arms={stage.allocation.map((a) => a.arm)}
          codes={subjects.value.map((s) => s.code)}
          fromScreening={screeningFacts(screeningEntries.value)}
        />
      )}
    </Section>
  );
}
