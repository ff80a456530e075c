import { useTranslation } from 'react-i18next';
import { Page, Section } from '../../ui';
import { BackupSettings } from './BackupSettings';
import { BundleHistory } from './BundleHistory';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import './bundles.css';

/** CRF bundles: export from this laptop, import from others, automatic backups and restore. */
export function BundlesPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('page.bundles')}>
      <p className="bundles-intro">{t('bundles.intro')}</p>
      <Section title={t('bundles.export.title')}>
        <ExportPanel />
      </Section>
      <Section title={t('bundles.import.title')}>
        <ImportPanel mode="import" />
      </Section>
      <Section title={t('bundles.backup.title')}>
        <BackupSettings />
      </Section>
      <Section title={t('bundles.restore.title')}>
        <ImportPanel mode="restore" />
      </Section>
      <Section title={t('bundles.history.title')}>
        <BundleHistory />
      </Section>
    </Page>
  );
}
