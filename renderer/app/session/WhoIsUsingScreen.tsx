import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setSetting, type WriteError } from '../../db';
import type { SessionSettings } from '../../db/session-reads';
import { LanguageSwitch } from '../../features/settings/LanguageSwitch';
import { addSessionUser, chooseSessionUser } from '../providers/session-actions';
import { useStore } from '../providers/use-store';
import { SaveFailedDialog } from '../SaveFailedDialog';
import { AddUserForm } from './AddUserForm';
import { KnownUsers } from './KnownUsers';
import '../providers/providers.css';

/**
 * First run (or nobody chosen): who is using this laptop. A role switch, not a login, and it says so.
 * Also asks the site once, and offers the language before anything else.
 */
export function WhoIsUsingScreen({ settings }: { readonly settings: SessionSettings }) {
  const { t } = useTranslation();
  const store = useStore();
  const [failure, setFailure] = useState<WriteError | undefined>(undefined);
  const choose = async (userId: string) => {
    const result = await chooseSessionUser(store, settings.users, userId);
    if (!result.ok) setFailure(result.issues);
  };
  return (
    <main className="who-screen" aria-labelledby="who-heading">
      <h1 id="who-heading" tabIndex={-1}>
        {t('care.session.whoTitle')}
      </h1>
      <p className="notice">{t('care.session.notALogin')}</p>
      <LanguageSwitch />
      {settings.users.length > 0 ? (
        <section aria-labelledby="who-known">
          <h2 id="who-known">{t('care.session.knownTitle')}</h2>
          <KnownUsers users={settings.users} onChoose={(id) => void choose(id)} />
        </section>
      ) : null}
      <section aria-labelledby="who-new">
        <h2 id="who-new">{t('care.session.addPerson')}</h2>
        <AddUserForm
          askSite={settings.siteId === undefined}
          submitLabel={t('care.session.start')}
          onSubmit={async (user, siteId) => {
            if (siteId !== undefined) {
              const saved = await setSetting(store, 'siteId', siteId);
              if (!saved.ok) return saved;
            }
            return addSessionUser(store, settings.users, user);
          }}
        />
      </section>
      {failure === undefined ? null : <SaveFailedDialog error={failure} onClose={() => setFailure(undefined)} />}
    </main>
  );
}
