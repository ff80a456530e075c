import '../providers/providers.css';
import { useTranslation } from 'react-i18next';
import { useSession } from '../providers/use-session';

/** Who is signed in, in the banner, with Lock (keeps the page) and Sign out (discards unsaved input). */
export function SessionMenu() {
  const { t } = useTranslation();
  const session = useSession();
  const { user } = session;
  return (
    <div className="session-menu">
      <p className="session-menu__who">
        <span className="visually-hidden">{t('access.menu.current')}: </span>
        {t('care.session.who', {
          name: user.displayName,
          role: t(`care.role.${user.role}`),
          blinding: t(user.blinded ? 'care.session.blinded' : 'care.session.unblinded'),
        })}
      </p>
      <button type="button" className="session-menu__toggle" onClick={session.lock}>
        {t('access.menu.lock')}
      </button>
      <button type="button" className="session-menu__toggle" onClick={() => void session.signOut()}>
        {t('access.menu.signOut')}
      </button>
    </div>
  );
}
