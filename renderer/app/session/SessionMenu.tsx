import { useId, useState } from 'react';
import '../providers/providers.css';
import { useTranslation } from 'react-i18next';
import type { WriteError } from '../../db';
import { useSession } from '../providers/use-session';
import { SaveFailedDialog } from '../SaveFailedDialog';
import { AddUserForm } from './AddUserForm';
import { KnownUsers } from './KnownUsers';

/**
 * Who is working, in the banner, and the role switch: pick another person of this laptop or add one.
 * It is a disclosure, not a page, so a half-filled visit form underneath stays as it is.
 */
export function SessionMenu() {
  const { t } = useTranslation();
  const session = useSession();
  const [open, setOpen] = useState(false);
  const [failure, setFailure] = useState<WriteError | undefined>(undefined);
  const panelId = useId();
  const { user } = session;
  const choose = async (userId: string) => {
    const result = await session.chooseUser(userId);
    if (result.ok) setOpen(false);
    else setFailure(result.issues);
  };
  return (
    <div className="session-menu">
      <p className="session-menu__who">
        <span className="visually-hidden">{t('care.session.current')}: </span>
        {t('care.session.who', {
          name: user.displayName,
          role: t(`care.role.${user.role}`),
          blinding: t(user.blinded ? 'care.session.blinded' : 'care.session.unblinded'),
        })}
      </p>
      <button type="button" className="session-menu__toggle" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        {t('care.session.switch')}
      </button>
      {open ? (
        <section id={panelId} className="session-menu__panel" aria-label={t('care.session.switchTitle')}>
          <p className="notice">{t('care.session.notALogin')}</p>
          <KnownUsers users={session.users} currentUserId={user.userId} onChoose={(id) => void choose(id)} />
          <details>
            <summary>{t('care.session.addPerson')}</summary>
            <AddUserForm
              askSite={false}
              submitLabel={t('care.session.addAndSwitch')}
              onSubmit={async (draft) => {
                const result = await session.addUser(draft);
                if (result.ok) setOpen(false);
                return result;
              }}
            />
          </details>
          <div className="form-actions">
            <button type="button" className="button" onClick={() => setOpen(false)}>
              {t('care.session.close')}
            </button>
          </div>
        </section>
      ) : null}
      {failure === undefined ? null : <SaveFailedDialog error={failure} onClose={() => setFailure(undefined)} />}
    </div>
  );
}
