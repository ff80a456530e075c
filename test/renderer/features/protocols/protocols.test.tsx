import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listProtocols, type Store } from '../../../../renderer/db';
import { LANGUAGE_STORAGE_KEY } from '../../../../renderer/i18n';
import { fakeBridge } from '../../app/support/fake-bridge';
import { memoryStorage } from '../../app/support/memory-storage';
import { renderApp } from '../../app/support/render-app';
import { pickedFile } from '../subjects/seed';

const DATA_MANAGER = { displayName: 'Chen Jing', role: 'data-manager', blinded: true } as const;
const seed = (): Record<string, unknown> => JSON.parse(readFileSync('seeds/NCT05985863.json', 'utf8')) as Record<string, unknown>;
const storeOf = (gate: { state: () => unknown }) => (gate.state() as { store: Store }).store;

async function importFile(text: string, options: { storage?: ReturnType<typeof memoryStorage> } = {}) {
  const user = userEvent.setup();
  const app = renderApp('/protocols', { user: DATA_MANAGER, bridge: fakeBridge({ openFile: pickedFile('protocol.json', text) }), ...options });
  const section = await screen.findByRole('region', { name: options.storage === undefined ? 'Import a protocol definition' : '导入方案定义' });
  await user.click(within(section).getAllByRole('button')[0] as HTMLElement);
  return { ...app, section };
}

describe('protocols', () => {
  it('lists every built-in protocol with its version and the assumptions to confirm', async () => {
    const user = userEvent.setup();
    renderApp('/protocols');
    const card = await screen.findByRole('region', { name: /^NCT05985863 · / });
    expect(within(card).getByRole('table', { name: 'Versions on this laptop' })).toHaveTextContent('0.1Built in');
    await user.click(within(card).getByText(/assumption\(s\) to confirm \(version 0\.1\)/, { selector: 'summary' }));
    const assumptions = within(card).getByRole('table', { name: /assumption\(s\) to confirm/ });
    expect(within(assumptions).getAllByRole('row').length).toBeGreaterThan(5);
    expect(assumptions).toHaveTextContent('The follow-up schedule is silent in the document');
    expect(assumptions).toHaveTextContent('visit w3');
  });

  it('a nurse cannot import; the page says who can', async () => {
    renderApp('/protocols');
    const section = await screen.findByRole('region', { name: 'Import a protocol definition' });
    expect(within(section).queryByRole('button')).toBeNull();
    expect(section).toHaveTextContent('only a data manager may');
  });

  it('shows the issues of an invalid definition with their JSON paths, and stores nothing', async () => {
    const broken = { ...seed(), version: '0.2', visits: [{ id: 'w0', label: { en: 'x', zh: 'x' }, kind: 'baseline', week: 0, forms: ['nope'] }] };
    const { section, gate } = await importFile(JSON.stringify(broken));
    const alert = await within(section).findByRole('alert');
    expect(alert).toHaveTextContent('protocol.json');
    expect(alert).toHaveTextContent('$.visits[0].forms[0]');
    expect(await listProtocols(storeOf(gate))).toEqual([]);
  });

  it('reports a JSON syntax error with its line and column, in Chinese too', async () => {
    const { section } = await importFile('{\n  "id": ,\n}', { storage: memoryStorage({ [LANGUAGE_STORAGE_KEY]: 'zh' }) });
    const alert = await within(section).findByRole('alert');
    expect(alert).toHaveTextContent('protocol.json：发现 1 个问题，未导入任何内容。');
    expect(alert).toHaveTextContent('line 2, column 9');
  });

  it('imports an amended version beside the built-in one; the same version with other content is refused', async () => {
    const amended = { ...seed(), version: '0.2' };
    const first = await importFile(JSON.stringify(amended));
    expect(await within(first.section).findByText('Imported NCT05985863 version 0.2.')).toBeInTheDocument();
    const card = await screen.findByRole('region', { name: /^NCT05985863 · / });
    expect(await within(card).findByRole('row', { name: /^0\.2 Imported/ })).toBeInTheDocument();
    expect(within(card).getByRole('row', { name: /^0\.1 Built in/ })).toBeInTheDocument();
    expect(await listProtocols(storeOf(first.gate))).toMatchObject([{ protocolId: 'NCT05985863', version: '0.2' }]);
    first.unmount();

    const changed = { ...seed(), phase: 'Phase 3' };
    const second = await importFile(JSON.stringify(changed));
    expect(await within(second.section).findByRole('alert')).toHaveTextContent('NCT05985863 version 0.1 is already on this laptop with different content');
  });
});
