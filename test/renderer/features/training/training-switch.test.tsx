import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { createMemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { EcrfBridge } from '../../../../shared/bridge';
import { App } from '../../../../renderer/app/App';
import { createStoreGate, DATABASE_CHOICE_KEY, StoreProvider, type ChoiceStorage, type StoreGate } from '../../../../renderer/app/providers';
import { appRoutes } from '../../../../renderer/app/routes';
import { closeStore, listSubjects, openStore, setSetting } from '../../../../renderer/db';
import { createI18n } from '../../../../renderer/i18n';
import { PlatformProvider, usePlatform } from '../../../../renderer/platform';
import { seedAccounts, signInAs } from '../../app/support/accounts';
import { DEFAULT_NOW, grantedStorage } from '../../app/support/render-app';
import { fakeBridge } from '../../app/support/fake-bridge';
import { memoryStorage } from '../../app/support/memory-storage';

function choiceStorage(): ChoiceStorage & { readonly data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

let runs = 0;
function databaseNames() {
  runs += 1;
  const suffix = `${runs}-${Math.random().toString(36).slice(2)}`;
  return { real: `real-${suffix}`, training: `training-${suffix}` };
}

/** The real database with a nurse of site 03 chosen, as after the first run. */
async function realDatabaseWithNurse(name: string): Promise<void> {
  const opened = await openStore({ name });
  if (!opened.ok) throw new Error(opened.issues.message);
  const nurse = { userId: 'u-nurse', displayName: 'Wang Li', role: 'nurse', blinded: true } as const;
  await seedAccounts(opened.value, [nurse]);
  signInAs(name, nurse);
  await setSetting(opened.value, 'siteId', '03');
  closeStore(opened.value);
}

const openDatabaseName = (gate: StoreGate): string | undefined => {
  const state = gate.state();
  return state.status === 'open' ? state.store.db.name : undefined;
};

async function subjectsIn(name: string): Promise<number> {
  const opened = await openStore({ name });
  if (!opened.ok) throw new Error(opened.issues.message);
  const count = (await listSubjects(opened.value)).length;
  closeStore(opened.value);
  return count;
}

const TITLE = 'TRAINING DATA — not real patients';
const TITLE_ZH = '培训数据——非真实患者';

describe('the training database', () => {
  it('loads synthetic subjects into a separate database, switches to it with the banner on every screen, and back', async () => {
    const user = userEvent.setup();
    const names = databaseNames();
    await realDatabaseWithNurse(names.real);
    const choice = choiceStorage();
    const gate = createStoreGate((name) => openStore({ name, clock: DEFAULT_NOW }), { names, choiceStorage: choice });
    const router = createMemoryRouter(appRoutes, { initialEntries: ['/settings'] });
    render(<App bridge={fakeBridge()} i18n={createI18n({ storage: memoryStorage(), document })} router={router} store={gate} storageApi={grantedStorage()} />);

    const panel = await screen.findByRole('region', { name: 'Training database' });
    expect(within(panel).getByText('You are working on the real study data.')).toBeInTheDocument();
    expect(screen.queryByText(TITLE)).toBeNull();
    expect(openDatabaseName(gate)).toBe(names.real);

    await user.selectOptions(within(panel).getByLabelText('Protocol'), 'NCT05121870');
    const count = within(panel).getByLabelText('Number of subjects');
    await user.clear(count);
    await user.type(count, '2');
    await user.click(within(panel).getByRole('button', { name: 'Load and switch to training' }));

    // The app now works on the training database: the header says so in both languages, the status bar names it.
    const note = await screen.findByRole('note', { name: 'Training database in use' }, { timeout: 20_000 });
    const banner = screen.getByRole('banner');
    expect(banner).toContainElement(note);
    expect(note).toHaveTextContent(TITLE);
    expect(note).toHaveTextContent(TITLE_ZH);
    expect(banner).toHaveClass('app-header--training');
    expect(document.documentElement).toHaveAttribute('data-training');
    expect(openDatabaseName(gate)).toBe(names.training);
    expect(choice.data.get(DATABASE_CHOICE_KEY)).toBe('training');
    expect(within(screen.getByRole('status', { name: 'Status' })).getByText(`Training database: ${names.training}`, { exact: false })).toBeInTheDocument();
    // The same person is still working (copied into the training database), so no "who is using this laptop?".
    expect(within(banner).getByText('Wang Li', { exact: false })).toBeInTheDocument();
    const loaded = await screen.findByText(/^Loaded 2 subjects of NCT05121870 \([\d,]+ records\) in [\d.]+ s\.$/);
    expect(loaded).toBeInTheDocument();

    // Subjects: the synthetic ones, coded with the laptop's site.
    await router.navigate('/subjects?protocol=NCT05121870');
    const table = await screen.findByRole('table', { name: 'Subjects in NCT05121870' });
    expect(within(table).getByText('03-001')).toBeInTheDocument();
    expect(within(screen.getByRole('banner')).getByRole('note', { name: 'Training database in use' })).toBeInTheDocument();

    // The real database was never written to.
    expect(await subjectsIn(names.real)).toBe(0);

    // Back to the real data: no banner, the real (empty) list.
    await user.click(within(screen.getByRole('banner')).getByRole('button', { name: 'Back to the real data' }));
    expect(await screen.findByText('No subjects of NCT05121870 on this laptop yet.', { exact: false })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText(TITLE)).toBeNull());
    expect(screen.getByRole('banner')).not.toHaveClass('app-header--training');
    expect(document.documentElement).not.toHaveAttribute('data-training');
    expect(openDatabaseName(gate)).toBe(names.real);
    expect(choice.data.has(DATABASE_CHOICE_KEY)).toBe(false);
    gate.close();
  });

  it('opens the training database at start-up when it was in use, and names saved files training-… there', async () => {
    const names = databaseNames();
    const choice = choiceStorage();
    choice.setItem(DATABASE_CHOICE_KEY, 'training');
    const saved: string[] = [];
    const bridge = fakeBridge({ saveFile: async ({ suggestedName }) => (saved.push(suggestedName), { saved: true, location: suggestedName }) });
    const gate = createStoreGate((name) => openStore({ name, clock: DEFAULT_NOW }), { names, choiceStorage: choice });
    render(
      <PlatformProvider bridge={bridge}>
        <StoreProvider gate={gate}>
          <SaveProbe />
        </StoreProvider>
      </PlatformProvider>,
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'save' }));
    await screen.findByText('saved');
    expect(openDatabaseName(gate)).toBe(names.training);
    expect(saved).toEqual(['training-NCT05121870-export.zip']);
    gate.close();
  });
});

function SaveProbe() {
  const bridge: EcrfBridge = usePlatform();
  const [done, setDone] = useState(false);
  return (
    <>
      <button type="button" onClick={() => void bridge.saveFile({ suggestedName: 'NCT05121870-export.zip', bytes: new Uint8Array([1]) }).then(() => setDone(true))}>
        save
      </button>
      {done ? <p>saved</p> : null}
    </>
  );
}
