import { useMemo, type ReactNode } from 'react';
import { setSetting, type Store } from '../../db';
import { readSessionSettings, type SessionSettings } from '../../db/session-reads';
import { useLiveQuery } from '../../db/use-live-query';
import { TrainingBanner } from '../../features/training/TrainingBanner';
import { WhoIsUsingScreen } from '../session/WhoIsUsingScreen';
import { addSessionUser, chooseSessionUser } from './session-actions';
import { SessionContext, type SessionValue } from './session-context';
import { writeContextOf, type SessionUser } from './session';
import { StartupScreen } from './StartupScreen';
import { StoreErrorScreen } from './StoreErrorScreen';
import { useDatabase } from './use-database';
import { useStore } from './use-store';

function sessionValue(store: Store, settings: SessionSettings, user: SessionUser): SessionValue {
  return {
    user,
    users: settings.users,
    siteId: settings.siteId,
    writeContext: (protocol) => writeContextOf(user, protocol),
    chooseUser: (userId) => chooseSessionUser(store, settings.users, userId),
    addUser: (draft) => addSessionUser(store, settings.users, draft),
    setSiteId: (siteId) => setSetting(store, 'siteId', siteId),
  };
}

/**
 * The current user of this laptop, kept in the device settings. With nobody chosen yet (first run, or
 * the chosen person was removed), the "who is using this laptop" screen takes the whole window.
 */
export function SessionProvider({ children }: { readonly children: ReactNode }) {
  const store = useStore();
  const settings = useLiveQuery(() => readSessionSettings(store), [store]);
  const ready = settings.status === 'ready' ? settings.value : undefined;
  const user = ready?.users.find((u) => u.userId === ready.currentUserId);
  const value = useMemo(() => (ready === undefined || user === undefined ? undefined : sessionValue(store, ready, user)), [store, ready, user]);
  if (settings.status === 'loading') return <StartupScreen />;
  if (settings.status === 'failed') return <StoreErrorScreen error={{ kind: 'unavailable', message: settings.message }} onRetry={() => window.location.reload()} />;
  if (value === undefined || ready === undefined) {
    return (
      <>
        <TrainingScreenMark />
        <WhoIsUsingScreen settings={ready ?? { users: [], currentUserId: undefined, siteId: undefined }} />
      </>
    );
  }
  return <SessionContext value={value}>{children}</SessionContext>;
}

/** On the training database, the full-window screens carry the training banner too (with the way back). */
function TrainingScreenMark() {
  const { training } = useDatabase();
  return training ? (
    <div className="training-banner--screen">
      <TrainingBanner />
    </div>
  ) : null;
}
