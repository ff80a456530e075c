import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { getSubject, listAllocationLists, screenSubject, type Store } from '../../../../renderer/db';
import { fakeBridge } from '../../app/support/fake-bridge';
import { renderApp } from '../../app/support/render-app';
import { addInvestigator, enrolled, importList, INVESTIGATOR_ID, nurseCtx, pickedFile, STAGE1_CSV } from './seed';

const DATA_MANAGER = { displayName: 'Chen Jing', role: 'data-manager', blinded: true } as const;

const storeOf = (gate: { state: () => unknown }) => (gate.state() as { store: Store }).store;

async function eligible(store: Store, subjectId: string) {
  const r = await screenSubject(store, nurseCtx(), subjectId, { siteId: '03', screenedOn: '2025-03-08', answers: [], result: 'eligible', confirmedBy: INVESTIGATOR_ID });
  if (!r.ok) throw new Error('seed');
}

async function enrolWithList(user: ReturnType<typeof userEvent.setup>, number: string) {
  const form = await screen.findByRole('form', { name: 'Enrolment' });
  await user.clear(within(form).getByLabelText('Subject number'));
  await user.type(within(form).getByLabelText('Subject number'), number);
  await user.click(within(form).getByRole('radio', { name: 'Female' }));
  await user.type(within(form).getByLabelText('Year of birth'), '1971');
  await user.click(within(form).getByRole('button', { name: 'Enrol subject' }));
}

describe('sealed allocation lists', () => {
  it('only a data manager may import a list; a nurse is told so', async () => {
    renderApp('/subjects');
    const lists = await screen.findByRole('region', { name: 'Sealed allocation lists' });
    expect(within(lists).queryByRole('button', { name: 'Import an allocation list…' })).toBeNull();
    expect(lists).toHaveTextContent('A research nurse may not import an allocation list: only a data manager may.');
  });

  it('imports a CSV list through the platform and shows the kits left for the site', async () => {
    const user = userEvent.setup();
    const { gate } = renderApp('/subjects?protocol=NCT05985863', { user: DATA_MANAGER, bridge: fakeBridge({ openFile: pickedFile('site03.csv', STAGE1_CSV) }) });
    const lists = await screen.findByRole('region', { name: 'Sealed allocation lists' });
    await user.click(within(lists).getByRole('button', { name: 'Import an allocation list…' }));
    expect(await within(lists).findByText('Imported list L-S1-03 with 4 entries.')).toBeInTheDocument();
    const row = await within(lists).findByRole('row', { name: /L-S1-03/ });
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['1', '4', '3', expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/)]);
    expect((await listAllocationLists(storeOf(gate)))[0]).toMatchObject({ listId: 'L-S1-03', stage: 1, entryCount: 4, protocolId: 'NCT05985863' });
  });

  it('shows every problem of a bad list with where it is, and imports nothing', async () => {
    const user = userEvent.setup();
    const bad = ['list_id,protocol,stage,site,sequence,kit,arm', 'L1,NCT05985863,1,03,1,K-1,msc', 'L1,NCT05985863,1,03,1,K-1,nobody'].join('\n');
    const { gate } = renderApp('/subjects', { user: DATA_MANAGER, bridge: fakeBridge({ openFile: pickedFile('bad.csv', bad) }) });
    const lists = await screen.findByRole('region', { name: 'Sealed allocation lists' });
    await user.click(within(lists).getByRole('button', { name: 'Import an allocation list…' }));
    const alert = await within(lists).findByRole('alert');
    expect(alert).toHaveTextContent('bad.csv: 2 problem(s); nothing was imported.');
    expect(alert).toHaveTextContent('$.entries[1].kit: kit K-1 appears twice');
    expect(alert).toHaveTextContent('$.entries[1].sequence: site 03 has sequence 1 twice');
    expect(await listAllocationLists(storeOf(gate))).toEqual([]);
  });

  it('assigns the next unused entry of the site at enrolment, in sequence order, kit only to a blinded nurse', async () => {
    const user = userEvent.setup();
    const { gate, router } = renderApp('/subjects/s-1', {
      seed: async (store) => {
        await addInvestigator(store);
        await importList(store, STAGE1_CSV, 'L-S1-03', 1, 4);
        await eligible(store, 's-1');
        await eligible(store, 's-2');
      },
    });
    const form = await screen.findByRole('form', { name: 'Enrolment' });
    expect(await within(form).findByText('kit K-0301 (list L-S1-03)')).toBeInTheDocument();
    await enrolWithList(user, '1');
    await screen.findByRole('heading', { level: 1, name: 'Subject 03-001' });
    const summary = screen.getByRole('region', { name: 'Summary' });
    expect(await within(summary).findByText('Kit K-0301')).toBeInTheDocument();
    expect(summary).not.toHaveTextContent(/UC-MSC|Control|msc/);
    expect(await getSubject(storeOf(gate), 's-1')).toMatchObject({ kitNumber: 'K-0301', arm: 'msc', stage: 1 });

    await router.navigate('/subjects/s-2');
    const second = await screen.findByRole('form', { name: 'Enrolment' });
    expect(await within(second).findByText('kit K-0302 (list L-S1-03)')).toBeInTheDocument();
    await enrolWithList(user, '2');
    await screen.findByRole('heading', { level: 1, name: 'Subject 03-002' });
    await within(screen.getByRole('region', { name: 'Summary' })).findByText('Kit K-0302');
    expect(await getSubject(storeOf(gate), 's-2')).toMatchObject({ kitNumber: 'K-0302', arm: 'control' });
  });

  it('shows the arm to an unblinded user', async () => {
    renderApp('/subjects/s-1', {
      user: { displayName: 'Li Pharm', role: 'data-manager', blinded: false },
      seed: (store) => enrolled(store, 's-1', '03-001', '2025-03-01', { kit: 'K-0301', arm: 'msc' }),
    });
    const summary = await screen.findByRole('region', { name: 'Summary' });
    expect(summary).toHaveTextContent('UC-MSC · Kit K-0301');
  });

  it('at W4 of NCT05985863 a surviving MSC subject gets the next stage-2 entry', async () => {
    const user = userEvent.setup();
    const stage2 = ['list_id,protocol,stage,site,sequence,kit,arm', 'L-S2-03,NCT05985863,2,03,1,K-2001,mscProlonged', 'L-S2-03,NCT05985863,2,03,2,K-2002,mscShort'].join('\n');
    // Day 1 on 2025-02-10: W4 (day 29) is 2025-03-10 = today.
    const { gate } = renderApp('/subjects/s-1', {
      seed: async (store) => {
        await importList(store, stage2, 'L-S2-03', 2, 2);
        await enrolled(store, 's-1', '03-001', '2025-02-10', { kit: 'K-0301', arm: 'msc' });
      },
    });
    const section = await screen.findByRole('region', { name: 'Stage 2 assignment' });
    expect(await within(section).findByText('kit K-2001 (list L-S2-03)')).toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Assign kit' }));
    expect(await within(screen.getByRole('region', { name: 'Summary' })).findByText('Kit K-2001')).toBeInTheDocument();
    expect(await getSubject(storeOf(gate), 's-1')).toMatchObject({ kitNumber: 'K-2001', arm: 'mscProlonged', stage: 2 });
    expect(screen.queryByRole('region', { name: 'Stage 2 assignment' })).toBeNull();
  });

  it('offers no stage-2 step before W4, nor to a subject who died', async () => {
    renderApp('/subjects/s-1', { seed: (store) => enrolled(store, 's-1', '03-001', '2025-03-01', { kit: 'K-0301', arm: 'msc' }) });
    await screen.findByRole('region', { name: 'Visit schedule' });
    expect(screen.queryByRole('region', { name: 'Stage 2 assignment' })).toBeNull();
  });
});
