import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useProtocols } from '../../app/providers';
import { EmptyState, Page, Section } from '../../ui';
import { AllocationListsSection } from './allocation/AllocationListsSection';
import { ProtocolPicker } from './list/ProtocolPicker';
import { ScreenNewSubject } from './list/ScreenNewSubject';
import { SubjectsTable } from './list/SubjectsTable';
import { useSubjectRows } from './list/use-subject-rows';
import './subjects.css';

/** The subjects of one protocol on this laptop, screening a new one, and the protocol's allocation lists. */
export function SubjectsPage() {
  const { t } = useTranslation();
  const { current, latest } = useProtocols();
  const [params, setParams] = useSearchParams();
  const protocolId = params.get('protocol') ?? current[0]?.protocol.id ?? '';
  const protocol = latest(protocolId);
  const rows = useSubjectRows(protocolId);
  return (
    <Page title={t('page.subjects')}>
      <div className="toolbar">
        <ProtocolPicker value={protocolId} onChange={(id) => setParams({ protocol: id }, { replace: true })} />
        {protocol === undefined ? null : <ScreenNewSubject protocol={protocol} />}
      </div>
      <Section title={t('care.subjects.listTitle', { protocol: protocolId })}>
        {rows.status === 'loading' ? <p role="status">{t('care.loading')}</p> : null}
        {rows.status === 'failed' ? <p role="alert">{t('care.readFailed', { message: rows.message })}</p> : null}
        {rows.status === 'ready' && rows.value.length === 0 ? <EmptyState message={t('care.subjects.empty', { protocol: protocolId })} /> : null}
        {rows.status === 'ready' && rows.value.length > 0 ? <SubjectsTable rows={rows.value} caption={t('care.subjects.listTitle', { protocol: protocolId })} /> : null}
      </Section>
      {protocol === undefined ? null : <AllocationListsSection protocol={protocol} />}
    </Page>
  );
}
