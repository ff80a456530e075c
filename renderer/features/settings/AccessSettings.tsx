import { useTranslation } from 'react-i18next';
import { isAdministrator, useSession } from '../../app/providers';
import { Section } from '../../ui';
import { AutoLockPanel } from './AutoLockPanel';
import { ChangePasswordPanel } from './ChangePasswordPanel';
import { UsersPanel } from './UsersPanel';

/** Settings of accounts: everyone changes their own password; the administrator manages users and auto-lock. */
export function AccessSettings() {
  const { t } = useTranslation();
  const { user } = useSession();
  return (
    <>
      {isAdministrator(user) ? (
        <>
          <Section title={t('access.users.title')}>
            <UsersPanel />
          </Section>
          <Section title={t('access.autoLock.title')}>
            <AutoLockPanel />
          </Section>
        </>
      ) : null}
      <Section title={t('access.password.title')}>
        <ChangePasswordPanel />
      </Section>
    </>
  );
}
