import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { chainHead, type Store } from '../../../renderer/db';
import { getBackupConfig, getBundleHistory, getLastExports, recordExport } from '../../../renderer/db/backup-state';
import { protocolsWithData } from '../../../renderer/db/export-reads';
import { useLiveQuery } from '../../../renderer/db/use-live-query';
import { enrol, freshStore, setBilirubin } from '../features/bundles/support/bundles';

/** As the Export panel reads: an async query with several awaits before the settings row it shows. */
function LastMark({ store }: { readonly store: Store }) {
  const state = useLiveQuery(async () => ({ withData: await protocolsWithData(store), marks: await getLastExports(store) }), [store]);
  return <p>mark: {state.status === 'ready' ? (state.value.marks.P?.bundleId ?? 'none') : state.status}</p>;
}

/** Queries written as plain arrows over async reads (not `async` functions), as most callers write them. */
function PlainReads({ store }: { readonly store: Store }) {
  const history = useLiveQuery(() => getBundleHistory(store), [store]);
  const config = useLiveQuery(() => getBackupConfig(store), [store]);
  const head = useLiveQuery(() => chainHead(store), [store]);
  return <p>plain: {[history.status, config.status, head.status].join(' ')}</p>;
}

const exported = (store: Store, bundleId: string) =>
  recordExport(
    store,
    'P',
    { bundleId, kind: 'full', at: '2025-03-10T01:00:00.000Z', fileName: `${bundleId}.zip`, heads: {} },
    { direction: 'export', at: '2025-03-10T01:00:00.000Z', fileName: `${bundleId}.zip`, bundleId, protocolId: 'P', kind: 'full', events: 0 },
  );

const shownMark = () => screen.getByText(/^mark: /);

describe('useLiveQuery beside other live queries', () => {
  it('keeps following every write it read, whatever the queries running at the same time', async () => {
    const store = await freshStore();
    await enrol(store);
    render(
      <>
        <LastMark store={store} />
        <PlainReads store={store} />
      </>,
    );
    expect(await screen.findByText('mark: none')).toBeInTheDocument();
    expect(await screen.findByText('plain: ready ready ready')).toBeInTheDocument();

    // Each write re-runs the plain queries together with LastMark: LastMark must still observe the settings row.
    for (const bundleId of ['b-1', 'b-2', 'b-3']) {
      expect((await exported(store, bundleId)).ok).toBe(true);
      await waitFor(() => expect(shownMark()).toHaveTextContent(`mark: ${bundleId}`));
    }
    await setBilirubin(store, 342);
    expect((await exported(store, 'b-4')).ok).toBe(true);
    await waitFor(() => expect(shownMark()).toHaveTextContent('mark: b-4'));
  });
});
