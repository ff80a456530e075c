import { useTranslation } from 'react-i18next';
import { answersFromRecord } from '../../../../shared/care';
import type { SubjectRow } from '../../../../shared/events';
import type { Protocol } from '../../../../shared/protocol';
import { useSession, useStore } from '../../../app/providers';
import { listEntries } from '../../../db';
import { latestScreening } from '../../../db/care-reads';
import { useLiveQuery } from '../../../db/use-live-query';
import { Section } from '../../../ui';
import { draftsFromEntries, screeningFieldsOf } from './screening-fields';
import { ScreeningForm } from './ScreeningForm';

/** Screening of one subject: loads what is stored, then the checklist form (read-only once enrolled). */
export function ScreeningSection({ subject, protocol }: { readonly subject: SubjectRow; readonly protocol: Protocol }) {
  const { t } = useTranslation();
  const store = useStore();
  const { user } = useSession();
  const fields = screeningFieldsOf(protocol, user.blinded);
  const visitId = fields?.visitId ?? '';
  const entries = useLiveQuery(() => listEntries(store, subject.subjectId, visitId), [store, subject.subjectId, visitId]);
  const screening = useLiveQuery(() => latestScreening(store, subject.subjectId), [store, subject.subjectId]);
  if (fields === undefined) return <Section title={t('care.screening.title')}>{t('care.screening.noVisit')}</Section>;
  if (entries.status === 'failed' || screening.status === 'failed') {
    return (
      <Section title={t('care.screening.title')}>
        <p role="alert">{t('care.readFailed', { message: entries.status === 'failed' ? entries.message : screening.status === 'failed' ? screening.message : '' })}</p>
      </Section>
    );
  }
  if (entries.status !== 'ready' || screening.status !== 'ready') {
    return (
      <Section title={t('care.screening.title')}>
        <p role="status">{t('care.loading')}</p>
      </Section>
    );
  }
  const drafts = draftsFromEntries(fields.fields, entries.value);
  const recorded = screening.value?.payload;
  return (
    <Section title={t('care.screening.title')}>
      <ScreeningForm
        key={subject.subjectId}
        subject={subject}
        protocol={protocol}
        fields={fields}
        initialDrafts={drafts}
        storedKeys={new Set(Object.keys(drafts))}
        initialAnswers={recorded === undefined ? {} : answersFromRecord(protocol, recorded.answers)}
        initialConfirmedBy={recorded?.confirmedBy}
      />
    </Section>
  );
}
