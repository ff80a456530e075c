import { useEffect, useRef } from 'react';
import { useProtocols, useSession, useStore } from '../../../app/providers';
import { chainHead } from '../../../db';
import { localChangesAfter, recordBackupFailure } from '../../../db/backup-state';
import { useLiveQuery } from '../../../db/use-live-query';
import { usePlatform } from '../../../platform';
import { BackupScheduler, type BackupSchedulerOptions } from './backup-scheduler';
import { runBackup, type BackupDeps } from './run-backup';

/**
 * Automatic backups while the app is open: a full CRF bundle per protocol into the backup folder chosen
 * on the Bundles page (or Settings → Backups), `settleMs` after each completed form and every
 * `intervalMs` while there are changes. Mount ONCE, inside the store, session, protocols and platform
 * providers (e.g. in the app layout); it renders nothing. LastBackupStatus shows the outcome.
 */
export function useAutomaticBackup(options: Omit<BackupSchedulerOptions, 'timers'> = {}): void {
  const store = useStore();
  const bridge = usePlatform();
  const session = useSession();
  const { latest } = useProtocols();
  const deps = useRef<BackupDeps>({ store, bridge, latest, siteId: session.siteId, user: session.user });
  const scheduler = useRef<BackupScheduler | undefined>(undefined);
  const seen = useRef<number | undefined>(undefined);
  const { intervalMs, settleMs } = options;

  useEffect(() => {
    deps.current = { store, bridge, latest, siteId: session.siteId, user: session.user };
  });

  useEffect(() => {
    const created = new BackupScheduler(
      async () => {
        try {
          await runBackup(deps.current);
        } catch (error) {
          await recordBackupFailure(store, { at: store.clock().toISOString(), code: 'unexpected', message: error instanceof Error ? error.message : String(error) });
        }
      },
      { ...(intervalMs === undefined ? {} : { intervalMs }), ...(settleMs === undefined ? {} : { settleMs }) },
    );
    created.start();
    scheduler.current = created;
    return () => {
      created.stop();
      scheduler.current = undefined;
    };
  }, [store, intervalMs, settleMs]);

  // This device's chain head moves with every local write: look for completed forms among the new events.
  const head = useLiveQuery(() => chainHead(store), [store]);
  const headSeq = head.status === 'ready' ? (head.value?.seq ?? 0) : undefined;
  useEffect(() => {
    if (headSeq === undefined) return;
    const from = seen.current;
    seen.current = headSeq;
    if (from === undefined || headSeq <= from) return;
    // Not cancelled when the head moves again: each range of new events is looked at exactly once.
    // After unmount the scheduler is stopped and ignores the call.
    void localChangesAfter(store, from).then((changes) => {
      if (changes.formsCompleted > 0) scheduler.current?.formCompleted();
    });
  }, [store, headSeq]);
}
