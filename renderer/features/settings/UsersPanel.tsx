import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession, type SessionUser } from '../../app/providers';
import { useAccessMessage } from '../../app/session/access-messages';
import { CreateAccountForm } from './CreateAccountForm';
import { ResetPasswordForm } from './ResetPasswordForm';

/** The administrator's list of accounts: create (role, blinded, initial password), disable, reset a password. */
export function UsersPanel() {
  const { t } = useTranslation();
  const session = useSession();
  const message = useAccessMessage();
  const [resetting, setResetting] = useState<SessionUser | undefined>(undefined);
  const [status, setStatus] = useState<string | undefined>(undefined);
  const disable = async (user: SessionUser) => {
    const done = await session.disableAccount(user.userId);
    setStatus(done.ok ? undefined : message(done.issues));
  };
  return (
    <>
      <p>{t('access.users.intro')}</p>
      <table className="data-table">
        <caption className="visually-hidden">{t('access.users.listLabel')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('access.users.name')}</th>
            <th scope="col">{t('access.users.login')}</th>
            <th scope="col">{t('access.users.role')}</th>
            <th scope="col">{t('access.users.blinding')}</th>
            <th scope="col">{t('access.users.status')}</th>
            <th scope="col">{t('access.users.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {session.users.map((user) => (
            <tr key={user.userId}>
              <th scope="row">{user.displayName}</th>
              <td>{user.login}</td>
              <td>{t(`care.role.${user.role}`)}</td>
              <td>{t(user.blinded ? 'access.users.blinded' : 'access.users.unblinded')}</td>
              <td>{t(user.disabled ? 'access.users.disabled' : 'access.users.active')}</td>
              <td>
                {user.disabled || user.userId === session.user.userId ? null : (
                  <>
                    <button type="button" className="button" onClick={() => setResetting(user)}>
                      {t('access.users.resetFor', { name: user.displayName })}
                    </button>{' '}
                    <button type="button" className="button" onClick={() => void disable(user)}>
                      {t('access.users.disable', { name: user.displayName })}
                    </button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {status === undefined ? null : <p role="alert">{status}</p>}
      {resetting === undefined ? null : <ResetPasswordForm key={resetting.userId} user={resetting} onClose={() => setResetting(undefined)} />}
      <CreateAccountForm />
    </>
  );
}
