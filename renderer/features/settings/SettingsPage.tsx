import { useTranslation } from 'react-i18next';
import { Page, Section } from '../../ui';
import { BackupSettings } from '../bundles';
import { TrainingPanel } from '../training/TrainingPanel';
import { KeysPanel } from '../keys';
import { AccessSettings } from './AccessSettings';
import { AppInfoPanel } from './AppInfoPanel';
import { LanguageSwitch } from './LanguageSwitch';
import { SitePanel } from './SitePanel';
import { StoragePanel } from './StoragePanel';

export function SettingsPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('page.settings')}>
      <Section title={t('settings.interface')}>
        <LanguageSwitch />
      </Section>
      <Section title={t('care.settings.laptop')}>
        <SitePanel />
      </Section>
      <AccessSettings />
      <Section title={t('care.settings.storage')}>
        <StoragePanel />
      </Section>
      <Section title={t('bundles.backup.title')}>
        <BackupSettings />
      </Section>
      <Section title={t('keys.title')}><KeysPanel /></Section>
      <Section title={t('training.panel.title')}>
        <TrainingPanel />
      </Section>
      <Section title={t('settings.about')}>
        <AppInfoPanel />
      </Section>
    </Page>
  );
}
