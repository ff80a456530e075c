import { useTranslation } from 'react-i18next';
import { Page, Section } from '../../ui';
import { AppInfoPanel } from './AppInfoPanel';
import { LanguageSwitch } from './LanguageSwitch';

export function SettingsPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('page.settings')}>
      <Section title={t('settings.interface')}>
        <LanguageSwitch />
      </Section>
      <Section title={t('settings.about')}>
        <AppInfoPanel />
      </Section>
    </Page>
  );
}
