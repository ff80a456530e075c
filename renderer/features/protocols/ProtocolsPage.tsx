import { useTranslation } from 'react-i18next';
import { formatPath } from '../../../shared/lib/result';
import { useProtocols } from '../../app/providers';
import { IssueList, Page, Section } from '../../ui';
import { ImportProtocol } from './ImportProtocol';
import { ProtocolCard } from './ProtocolCard';
import '../subjects/subjects.css';

/**
 * The protocol definitions on this laptop: the five built in and every imported version, each with the
 * assumptions a sponsor must confirm; a data manager imports new or amended ones here.
 */
export function ProtocolsPage() {
  const { t } = useTranslation();
  const { all, current, unreadable, builtInProblems } = useProtocols();
  return (
    <Page title={t('page.protocols')}>
      <Section title={t('care.protocols.importTitle')}>
        <p className="hint">{t('care.protocols.versionPolicy')}</p>
        <ImportProtocol />
      </Section>
      {builtInProblems.length > 0 ? (
        <p role="alert" className="notice notice--bad">
          {t('care.protocols.builtInBroken', { problems: builtInProblems.join('; ') })}
        </p>
      ) : null}
      {unreadable.map(({ row, issues }) => (
        <IssueList
          key={`${row.protocolId}@${row.version}`}
          title={t('care.protocols.unreadable', { id: row.protocolId, version: row.version })}
          issues={issues.map((i) => ({ where: formatPath(i.path), message: i.message, severity: i.severity }))}
          severityLabel={(s) => t(`care.import.severity.${s}`)}
        />
      ))}
      {current.map(({ protocol }) => (
        <ProtocolCard key={protocol.id} versions={all.filter((v) => v.protocol.id === protocol.id)} />
      ))}
    </Page>
  );
}
