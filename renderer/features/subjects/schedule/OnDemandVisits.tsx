import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { allocationOf } from '../../../../shared/care';
import type { SubjectRow, VisitRow } from '../../../../shared/events';
import type { Protocol } from '../../../../shared/protocol';
import { onDemandVisits } from '../../../../shared/schedule';
import { useSession, useStore } from '../../../app/providers';
import { SaveFailedDialog } from '../../../app/SaveFailedDialog';
import { useCan } from '../../../app/use-can';
import { useToday } from '../../../app/use-today';
import { startVisit, type WriteError } from '../../../db';
import { Section } from '../../../ui';
import { useBilingual } from '../use-bilingual';

export interface OnDemandVisitsProps {
  readonly subject: SubjectRow;
  readonly protocol: Protocol;
  readonly visits: readonly VisitRow[];
}

/** Unscheduled and early-termination visits: start one today (it opens at once), and the ones started. */
export function OnDemandVisits({ subject, protocol, visits }: OnDemandVisitsProps) {
  const { t } = useTranslation();
  const store = useStore();
  const session = useSession();
  const today = useToday();
  const navigate = useNavigate();
  const pick = useBilingual();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<WriteError | undefined>(undefined);
  const can = useCan('visit.started');
  const available = can.allowed ? onDemandVisits(protocol, allocationOf(protocol, subject)) : [];
  const started = visits.filter((v) => v.kind !== 'scheduled').sort((a, b) => (a.startedOn ?? '').localeCompare(b.startedOn ?? ''));
  const labelOf = (visitDefId: string) => {
    const def = protocol.visits.find((v) => v.id === visitDefId);
    return def === undefined ? visitDefId : pick(def.label);
  };
  const start = async (visit: (typeof available)[number]) => {
    if (visit.kind !== 'unscheduled' && visit.kind !== 'early-termination') return;
    setBusy(true);
    const result = await startVisit(store, session.writeContext({ id: subject.protocolId, version: subject.protocolVersion }), subject.subjectId, {
      visitDefId: visit.visit,
      kind: visit.kind,
      startedOn: today,
    });
    setBusy(false);
    if (!result.ok) return setFailure(result.issues);
    if (result.value.visitId !== undefined) void navigate(`/subjects/${encodeURIComponent(subject.subjectId)}/visits/${encodeURIComponent(result.value.visitId)}`);
  };
  return (
    <Section title={t('care.onDemand.title')}>
      {can.allowed ? null : <p className="notice">{can.why}</p>}
      <div className="form-actions">
        {available.map((visit) => (
          <button key={visit.visit} type="button" className="button" disabled={busy} onClick={() => void start(visit)}>
            {t(visit.kind === 'early-termination' ? 'care.onDemand.startEarly' : 'care.onDemand.start', { visit: pick(visit.label) })}
          </button>
        ))}
      </div>
      {started.length === 0 ? (
        <p className="muted">{t('care.onDemand.none')}</p>
      ) : (
        <ul>
          {started.map((v) => (
            <li key={v.visitId}>
              <Link to={`/subjects/${encodeURIComponent(subject.subjectId)}/visits/${encodeURIComponent(v.visitId)}`}>
                {t('care.onDemand.startedOn', { visit: labelOf(v.visitDefId), date: v.startedOn ?? '' })}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {failure === undefined ? null : <SaveFailedDialog error={failure} onClose={() => setFailure(undefined)} />}
    </Section>
  );
}
