import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { getSubject, listEntries, listVisits } from '../../db';
import { useLiveQuery } from '../../db/use-live-query';
import { useLanguage } from '../../i18n';
import { EmptyState, Page } from '../../ui';
import { useProtocols, useSession, useStore } from '../../app/providers';
import { useVisitModel } from './use-visit-model';
import { VisitEntry } from './VisitEntry';

/** Data entry for one visit of one subject: every form the protocol gives this subject and this user at it. */
export function VisitPage() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const params = useParams();
  const subjectId = params['subjectId'] ?? '';
  const visitId = params['visitId'] ?? '';
  const store = useStore();
  const session = useSession();
  const protocols = useProtocols();
  const subject = useLiveQuery(() => getSubject(store, subjectId), [store, subjectId]);
  const visits = useLiveQuery(() => listVisits(store, subjectId), [store, subjectId]);
  // Read now, beside the subject, rather than once VisitEntry mounts: see VisitEntryProps.rowsState.
  const rows = useLiveQuery(() => listEntries(store, subjectId, visitId), [store, subjectId, visitId]);
  const subjectRow = subject.status === 'ready' ? subject.value : undefined;
  const visitRow = visits.status === 'ready' ? visits.value.find((v) => v.visitId === visitId) : undefined;
  const protocol = subjectRow === undefined ? undefined : protocols.get(subjectRow.protocolId, subjectRow.protocolVersion);
  const model = useVisitModel(protocol, subjectRow, visitRow, visitId, session.user.blinded);
  const back = <Link to={`/subjects/${encodeURIComponent(subjectId)}`}>{t('entry.page.backToSubject', { subject: subjectRow?.code ?? subjectId })}</Link>;

  if (subject.status === 'loading' || visits.status === 'loading') {
    return (
      <Page title={t('page.visit', { visitId })}>
        <p role="status">{t('entry.page.loading')}</p>
      </Page>
    );
  }
  if (subject.status === 'failed' || visits.status === 'failed') {
    const message = subject.status === 'failed' ? subject.message : visits.status === 'failed' ? visits.message : '';
    return (
      <Page title={t('page.visit', { visitId })}>
        <p role="alert">{t('entry.page.readFailed', { message })}</p>
      </Page>
    );
  }
  if (subjectRow === undefined) {
    return (
      <Page title={t('page.visit', { visitId })}>
        <EmptyState message={t('entry.page.noSubject', { subjectId })} action={<Link to="/subjects">{t('entry.page.backToSubjects')}</Link>} />
      </Page>
    );
  }
  if (protocol === undefined || model === undefined) {
    return (
      <Page title={t('page.visit', { visitId })}>
        <EmptyState message={t('entry.page.noProtocol', { protocol: subjectRow.protocolId, version: subjectRow.protocolVersion })} action={back} />
      </Page>
    );
  }
  if (!model.ok) {
    return (
      <Page title={t('page.visit', { visitId })}>
        <div role="alert" className="notice notice--bad">
          <p>{t('entry.page.noForms', { visitId })}</p>
          <ul>
            {model.issues.map((issue, index) => (
              <li key={index}>{issue.text[language]}</li>
            ))}
          </ul>
        </div>
        {back}
      </Page>
    );
  }
  return <VisitEntry key={`${subjectId}/${visitId}`} store={store} subject={subjectRow} protocol={protocol} visit={model.value} visitId={visitId} rowsState={rows} />;
}
