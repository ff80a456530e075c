import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Protocol } from '../../../../shared/protocol';
import { useSession, useStore } from '../../../app/providers';
import { SaveFailedDialog } from '../../../app/SaveFailedDialog';
import { useCan } from '../../../app/use-can';
import { useToday } from '../../../app/use-today';
import { screenSubject, type WriteError } from '../../../db';

/**
 * Starts a screening record under the newest protocol version (the subject stays on it): the subject
 * exists from the first value, so nothing typed at the bedside is ever only on screen.
 */
export function ScreenNewSubject({ protocol }: { readonly protocol: Protocol }) {
  const { t } = useTranslation();
  const store = useStore();
  const session = useSession();
  const today = useToday();
  const navigate = useNavigate();
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<WriteError | undefined>(undefined);
  const can = useCan('subject.screened');
  if (!can.allowed) return <p className="muted">{can.why}</p>;
  if (session.siteId === undefined) {
    return (
      <p className="notice notice--warning">
        {t('care.subjects.noSite')} <Link to="/settings">{t('care.subjects.setSite')}</Link>
      </p>
    );
  }
  const siteId = session.siteId;
  const start = async () => {
    setSaving(true);
    const subjectId = store.newId();
    const result = await screenSubject(store, session.writeContext(protocol), subjectId, { siteId, screenedOn: today, answers: [], result: 'pending' });
    setSaving(false);
    if (result.ok) void navigate(`/subjects/${encodeURIComponent(subjectId)}`);
    else setFailure(result.issues);
  };
  return (
    <>
      <button type="button" className="button button--primary" disabled={saving} onClick={() => void start()}>
        {t('care.subjects.screenNew', { protocol: protocol.id })}
      </button>
      {failure === undefined ? null : <SaveFailedDialog error={failure} onClose={() => setFailure(undefined)} />}
    </>
  );
}
