import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { EcrfBridge } from '../../../../shared/bridge';
import { fakeBridge } from '../../app/support/fake-bridge';
import { renderApp } from '../../app/support/render-app';
import { CASEBOOK_PATH, seedCasebookSubject, seedPeople } from './seed-casebook';

const unblindedMonitor = { displayName: 'Wang Li', role: 'monitor' as const, blinded: false };

async function openCasebook(options: { blinded: boolean; bridge?: EcrfBridge }) {
  const user = options.blinded ? undefined : unblindedMonitor;
  const rendered = renderApp(CASEBOOK_PATH, {
    ...(user === undefined ? {} : { user }),
    ...(options.bridge === undefined ? {} : { bridge: options.bridge }),
    seed: async (store) => {
      await seedCasebookSubject(store);
      await seedPeople(store, options.blinded ? { role: 'nurse', blinded: true } : { role: 'monitor', blinded: false });
    },
  });
  // Seeding a whole subject through the repositories takes a while on a busy machine: wait generously.
  await screen.findByRole('heading', { level: 1, name: 'Casebook of subject 03-001' }, { timeout: 15_000 });
  return rendered;
}

const region = (name: string | RegExp) => screen.getByRole('region', { name });
const rowOf = (table: HTMLElement, item: string) => within(table).getByRole('rowheader', { name: item }).closest('tr') as HTMLElement;

describe('the printable casebook', () => {
  it('lists the seeded subject’s values as typed and as stored with their units, missing reasons, repeating records and queries', async () => {
    await openCasebook({ blinded: true });
    const week0 = region('Week 0 (day 1) – infusion 1');
    const labs = within(week0).getByRole('region', { name: 'Laboratory tests (liver panel)' });
    expect(within(labs).getByText(/^Signed · Completed .* by Wang Li \(research nurse\)$/)).toBeInTheDocument();
    expect(within(labs).getByText('Signed (a valid signature covers this form)')).toBeInTheDocument();
    const items = within(labs).getByRole('table', { name: 'Laboratory tests (liver panel): items' });
    const bilirubin = within(rowOf(items, 'Total bilirubin')).getAllByRole('cell').map((c) => c.textContent);
    expect(bilirubin).toEqual(['1.2 mg/dL', '20.52 µmol/L', '—', '—']);
    const albumin = within(rowOf(items, 'Albumin')).getAllByRole('cell').map((c) => c.textContent);
    expect(albumin.slice(0, 3)).toEqual(['—', '—', 'Not done (NOT DONE): Sample haemolysed']);

    const aes = within(week0).getByRole('region', { name: 'Adverse events' });
    const first = within(aes).getByRole('region', { name: /^Adverse events 1/ });
    expect(within(rowOf(within(first).getByRole('table'), 'Adverse event term')).getAllByRole('cell')[0]).toHaveTextContent('Fever');

    const queries = region('Queries');
    expect(within(queries).getByRole('heading', { name: /Query 1 · Answered/ })).toBeInTheDocument();
    expect(within(queries).getByText(/Laboratory tests \(liver panel\) › Albumin/)).toBeInTheDocument();
    const thread = within(queries).getByRole('list', { name: 'Thread of query 1' });
    expect(within(thread).getByText('Why was albumin not done?')).toBeInTheDocument();
    expect(within(thread).getByText('The sample was haemolysed.')).toBeInTheDocument();
    expect(thread).toHaveTextContent('Mia Monitor (monitor)');

    const signatures = region('Signatures');
    expect(within(signatures).getByRole('table')).toHaveTextContent('Dr Zhao');
    expect(within(signatures).getByRole('table')).toHaveTextContent('I confirm these data');
    const audit = within(region('Audit summary')).getByRole('table');
    expect(within(audit).getByRole('rowheader', { name: 'Laboratory tests (liver panel)' })).toBeInTheDocument();
  });

  it('shows a blinded role the kit number but no arm, no unblinded-only form and no query about one', async () => {
    await openCasebook({ blinded: true });
    const subject = region('Subject');
    expect(subject).toHaveTextContent('K-0042');
    expect(within(subject).queryByText('Treatment arm')).toBeNull();
    expect(document.body).not.toHaveTextContent('UC-MSC');
    expect(document.body).not.toHaveTextContent('Study product preparation (unblinded pharmacy)');
    expect(document.body).not.toHaveTextContent('Product actually infused');
    expect(document.body).not.toHaveTextContent('Pharmacy lot number missing');
    expect(within(region('Status history')).getByRole('table')).not.toHaveTextContent('UC-MSC');
    expect(screen.getByText(/Blinded view/)).toBeInTheDocument();
  });

  it('shows an unblinded role the arm and the unblinded-only form', async () => {
    await openCasebook({ blinded: false });
    const subject = region('Subject');
    expect(within(subject).getByText('Treatment arm')).toBeInTheDocument();
    expect(subject).toHaveTextContent('UC-MSC');
    const pharmacy = within(region('Week 0 (day 1) – infusion 1')).getByRole('region', { name: 'Study product preparation (unblinded pharmacy)' });
    expect(within(pharmacy).getByRole('rowheader', { name: 'Product actually infused' })).toBeInTheDocument();
    expect(region('Queries')).toHaveTextContent('Pharmacy lot number missing');
  });

  it('prints through the platform with the casebook’s file name, and says what happened', async () => {
    const printToPdf = vi.fn(async () => ({ saved: true as const, location: '/home/wang/casebook-03-001-2025-03-10.pdf' }));
    await openCasebook({ blinded: true, bridge: fakeBridge({ printToPdf }) });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Print / save as PDF' }));
    expect(printToPdf).toHaveBeenCalledWith({ suggestedName: 'casebook-03-001-2025-03-10.pdf' });
    expect(await screen.findByText('Saved the casebook to /home/wang/casebook-03-001-2025-03-10.pdf.')).toBeInTheDocument();
  });

  it('is reached from the subject page and reads in Chinese', async () => {
    const user = userEvent.setup();
    const { i18n } = renderApp('/subjects/subject-03-001', { seed: seedCasebookSubject });
    await user.click(await screen.findByRole('link', { name: 'Casebook (print or save as PDF)' }, { timeout: 15_000 }));
    await screen.findByRole('heading', { level: 1, name: 'Casebook of subject 03-001' }, { timeout: 15_000 });
    await i18n.changeLanguage('zh');
    await screen.findByRole('heading', { level: 1, name: '受试者 03-001 的病例报告册' });
    expect(screen.getByRole('button', { name: '打印 / 另存为 PDF' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: '质疑' })).toBeInTheDocument();
  });
});
