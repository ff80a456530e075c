import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../providers/session';

export interface KnownUsersProps {
  readonly users: readonly SessionUser[];
  readonly currentUserId?: string | undefined;
  readonly onChoose: (userId: string) => void;
}

/** The people who have used this laptop: one button each, so continuing is one keystroke. */
export function KnownUsers({ users, currentUserId, onChoose }: KnownUsersProps) {
  const { t } = useTranslation();
  if (users.length === 0) return null;
  return (
    <ul className="known-users">
      {users.map((user) => (
        <li key={user.userId}>
          <button
            type="button"
            className={user.userId === currentUserId ? 'button button--primary' : 'button'}
            aria-current={user.userId === currentUserId ? 'true' : undefined}
            onClick={() => onChoose(user.userId)}
          >
            {t('care.session.continueAs', {
              name: user.displayName,
              role: t(`care.role.${user.role}`),
              blinding: t(user.blinded ? 'care.session.blinded' : 'care.session.unblinded'),
            })}
          </button>
        </li>
      ))}
    </ul>
  );
}
