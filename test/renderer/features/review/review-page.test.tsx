import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { CapabilityArgs } from '../../../../shared/bridge';
import type { TestPerson } from '../../app/support/accounts';
import { clearItem, openQuery, type Store } from '../../../../renderer/db';
import { fakeBridge } from '../../app/support/fake-bridge';
import { renderApp } from '../../app/support/render-app';
import { enrol, MONITOR, monitorCtx, noneOnLogs, NOW, NURSE, NURSE_ID, nurseCtx, people, week0Labs } from './support/review-seed';

const WEEK_0 = 'Week 0 (day 1) – infusion 1';

/**
 * 03-001: labs at week 0 without albumin; 03-002: full labs and an open query on sodium; 04-001: no
 * albumin, no creatinine. Every log is answered "None to report" but 04-001's week-0 adverse events.
 */
async function threeSubjects(store: Store, first: Omit<TestPerson, 'userId'> = MONITOR): Promise<void> {
  await people(store, first, { userId: NURSE_ID, ...NURSE });
  const a = await enrol(store, '03-001');
  await week0Labs(store, a);
  await noneOnLogs(store, a);
  const b = await enrol(store, '03-002', 'M');
  await week0Labs(store, b, []);
  await noneOnLogs(store, b);
  const c = await enrol(store, '04-001');
  await week0Labs(store, c, ['albumin', 'creatinine']);
  await noneOnLogs(store, c);
  const cleared = await clearItem(store, nurseCtx, { subjectId: c, visitId: 'w0', formId: 'adverse-events', itemId: 'logNone' });
  if (!cleared.ok) throw new Error(JSON.stringify(cleared.issues));
  const opened = await openQuery(store, monitorCtx, { subjectId: b, visitId: 'w0', formId: 'labs', itemId: 'sodium' }, 'Sodium 130: please check the source.');
  if (!opened.ok) throw new Error(JSON.stringify(opened.issues));
}

const grid = () => screen.findByRole('grid', { name: 'Review of NCT05985863: subjects by visit' }, { timeout: 10_000 });
const subjectsIn = (g: HTMLElement) => within(g).getAllByRole('rowheader').map((h) => within(h).getByText(/^\d\d-\d\d\d$/).textContent);
const cellOf = (g: HTMLElement, code: string, visit = WEEK_0) => within(g).getByRole('gridcell', { name: (name) => name.startsWith(`${code}, ${visit}:`) });

describe('the review page: subjects × visits', () => {
  it('colours and counts each subject’s visits, and filters by site, visit, form, status and open query', async () => {
    const user = userEvent.setup();
    renderApp('/review', { user: MONITOR, now: NOW, seed: (store) => threeSubjects(store) });
    const g = await grid();
    expect(subjectsIn(g)).toEqual(['03-001', '03-002', '04-001']);
    expect(g).toHaveAttribute('aria-rowcount', '4');
    const a = cellOf(g, '03-001');
    expect(a).toHaveAccessibleName(expect.stringContaining('In progress; Missing value; 1 missing value, '));
    expect(a).toHaveClass('review-cell--missing');
    // Albumin, creatinine, and the adverse-event log left empty with "None to report" withdrawn.
    expect(cellOf(g, '04-001')).toHaveAccessibleName(expect.stringContaining('3 missing values'));
    expect(cellOf(g, '03-002')).toHaveAccessibleName(expect.stringContaining('1 open query'));
    expect(cellOf(g, '03-002')).not.toHaveAccessibleName(expect.stringContaining('missing value'));
    // Week 1 (day 8 ± 1) is ahead: its forms are not yet due, never missing.
    expect(cellOf(g, '03-001', 'Week 1 (day 8) – infusion 2')).toHaveAccessibleName(expect.stringMatching(/Not yet due; \d+ forms not yet due\.$/));
    expect(screen.getByText('Showing 3 of 3 subjects.')).toBeInTheDocument();
    // The legend explains colours, codes and lifecycle stages.
    expect(screen.getByText('Colour: the most urgent thing in the cell')).toBeInTheDocument();
    expect(screen.getByText('Signed / locked')).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Site' }), 'Site 04 (1 subject)');
    expect(subjectsIn(await grid())).toEqual(['04-001']);
    expect(screen.getByText('Showing 1 of 3 subjects.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(subjectsIn(await grid())).toEqual(['03-001', '03-002', '04-001']);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Missing value');
    expect(subjectsIn(await grid())).toEqual(['03-001', '04-001']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Any status');

    await user.click(screen.getByRole('checkbox', { name: 'Has an open query' }));
    expect(subjectsIn(await grid())).toEqual(['03-002']);
    await user.click(screen.getByRole('checkbox', { name: 'Has an open query' }));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Visit' }), WEEK_0);
    const oneColumn = await grid();
    expect(within(oneColumn).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Subject', 'Week 0 (day 1)', 'All visits']);
    expect(within(oneColumn).getByRole('columnheader', { name: 'Week 0 (day 1)' })).toHaveAttribute('title', WEEK_0);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Form' }), 'Laboratory tests (liver panel)');
    const labs = await grid();
    expect(cellOf(labs, '03-001')).toHaveAccessibleName('03-001, Week 0 (day 1) – infusion 1: In progress; Missing value; 1 missing value.');
    expect(cellOf(labs, '03-002')).toHaveAccessibleName('03-002, Week 0 (day 1) – infusion 1: In progress; Unresolved query; 1 open query.');
    expect(within(labs).getByRole('gridcell', { name: /^04-001, all visits: Missing value; 2 missing values\.$/ })).toBeInTheDocument();
  });

  it('a blinded monitor gets no unblinded-only form in the filters', async () => {
    renderApp('/review', { user: MONITOR, now: NOW, seed: (store) => threeSubjects(store) });
    await grid();
    const forms = within(screen.getByRole('combobox', { name: 'Form' })).getAllByRole('option').map((o) => o.textContent);
    expect(forms).toContain('Laboratory tests (liver panel)');
    expect(forms.some((f) => /pharmacy/i.test(f ?? ''))).toBe(false);
    expect(screen.getByText(/You work blinded/)).toBeInTheDocument();
  });

  it('an unblinded monitor reviews the pharmacy form too', async () => {
    const unblinded = { ...MONITOR, blinded: false };
    renderApp('/review', { user: unblinded, now: NOW, seed: (store) => threeSubjects(store, unblinded) });
    await grid();
    const forms = within(screen.getByRole('combobox', { name: 'Form' })).getAllByRole('option').map((o) => o.textContent ?? '');
    expect(forms.filter((f) => /pharmacy/i.test(f))).toHaveLength(1);
    expect(screen.queryByText(/You work blinded/)).toBeNull();
  });

  it('opens a cell with Enter (or a click) on the visit page with every finding marked on its field', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/review', { user: MONITOR, now: NOW, seed: (store) => threeSubjects(store) });
    const g = await grid();
    const first = within(g).getAllByRole('gridcell')[0];
    if (first === undefined) throw new Error('no cell');
    first.focus();
    // Screening is first; → moves to week 0, ↓ to the next subject, ↑ back.
    await user.keyboard('{ArrowRight}{ArrowDown}{ArrowUp}');
    expect(cellOf(g, '03-001')).toHaveFocus();
    await user.keyboard('{Enter}');
    await screen.findByRole('heading', { level: 1, name: `Visit: ${WEEK_0}` });
    expect(router.state.location.search).toContain('review=1');
    expect(router.state.location.search).toContain('form=visit');
    const findings = await screen.findByRole('region', { name: /^Review: \d+ findings on this visit$/ });
    expect(await within(findings).findByText('Albumin: required, no value and no missing reason.')).toBeInTheDocument();
    await user.click(within(findings).getByRole('link', { name: 'Go to Albumin' }));
    const albumin = await screen.findByRole('textbox', { name: 'Albumin' });
    await waitFor(() => expect(albumin).toHaveFocus());
    const row = screen.getByRole('group', { name: 'Albumin' });
    expect(row).toHaveClass('entry-row--finding');
    expect(albumin).toHaveAccessibleDescription(expect.stringContaining('Review: Albumin: required, no value and no missing reason.'));
    expect(within(screen.getByRole('navigation', { name: 'Forms of this visit' })).getByRole('link', { name: /Laboratory tests.*1 finding/ })).toBeInTheDocument();
  });

  it('renders only the rows in view for many subjects, and moves by keyboard within them', async () => {
    const user = userEvent.setup();
    renderApp('/review', {
      user: MONITOR,
      now: NOW,
      seed: async (store) => {
        for (let i = 1; i <= 40; i += 1) await enrol(store, `03-${String(i).padStart(3, '0')}`);
      },
    });
    const g = await grid();
    expect(g).toHaveAttribute('aria-rowcount', '41');
    const drawn = within(g).getAllByRole('rowheader');
    expect(drawn.length).toBeLessThan(40);
    expect(drawn.length).toBeGreaterThan(5);
    const rowIndexes = drawn.map((h) => Number(h.closest('tr')?.getAttribute('aria-rowindex')));
    expect(rowIndexes[0]).toBe(2);
    drawn[0]?.focus();
    await user.keyboard('{End}');
    expect(within(g).getByRole('gridcell', { name: /^03-001, all visits:/ })).toHaveFocus();
    await user.keyboard('{Home}{ArrowDown}{ArrowDown}');
    expect(drawn[2]).toHaveFocus();
  }, 60_000);
});

describe('the findings list', () => {
  it('sorts by a column, filters by kind and words, and exports exactly what it lists as CSV', async () => {
    const user = userEvent.setup();
    const saved: CapabilityArgs<'saveFile'>[] = [];
    const bridge = fakeBridge({
      saveFile: async (args) => {
        saved.push(args);
        return { saved: true, location: `downloads/${args.suggestedName}` };
      },
    });
    renderApp('/review', { user: MONITOR, now: NOW, seed: (store) => threeSubjects(store), bridge });
    await grid();
    const list = screen.getByRole('region', { name: 'Findings' });
    const table = within(list).getByRole('table', { name: 'Findings' });
    await user.selectOptions(within(list).getByLabelText('Kind'), 'Missing value');
    const rows = () => within(table).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell').slice(0, 5).map((c) => c.textContent));
    expect(rows()).toEqual([
      ['03-001', WEEK_0, 'Laboratory tests (liver panel)', 'Missing value', 'Albumin: required, no value and no missing reason.'],
      ['04-001', WEEK_0, 'Laboratory tests (liver panel)', 'Missing value', 'Albumin: required, no value and no missing reason.'],
      ['04-001', WEEK_0, 'Laboratory tests (liver panel)', 'Missing value', 'Serum creatinine: required, no value and no missing reason.'],
      ['04-001', WEEK_0, 'Adverse events', 'Missing value', 'Adverse events: no entries, and “None to report” not answered.'],
    ]);
    const subjectHeader = within(table).getByRole('columnheader', { name: /^Subject/ });
    expect(subjectHeader).toHaveAttribute('aria-sort', 'ascending');
    await user.click(within(subjectHeader).getByRole('button'));
    expect(subjectHeader).toHaveAttribute('aria-sort', 'descending');
    expect(rows().map((r) => r[0])).toEqual(['04-001', '04-001', '04-001', '03-001']);
    await user.type(within(list).getByLabelText('Find words'), 'creatinine');
    expect(rows()).toHaveLength(1);
    expect(within(list).getByText(/^1 of \d+ findings listed\.$/)).toBeInTheDocument();

    await user.click(within(list).getByRole('button', { name: 'Export CSV…' }));
    expect(await within(list).findByText('Saved 1 finding to downloads/findings-NCT05985863-2025-03-12.csv.')).toBeInTheDocument();
    expect(saved).toHaveLength(1);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(saved[0]?.bytes);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<string[]>(text.slice(1).trimEnd(), { newline: '\r\n' }).data;
    expect(parsed[0]?.slice(0, 3)).toEqual(['subject', 'site', 'visit_id']);
    expect(parsed).toHaveLength(2);
    expect(parsed[1]).toEqual(expect.arrayContaining(['04-001', '04', 'w0', 'labs', 'creatinine', 'missing', 'Serum creatinine: required, no value and no missing reason.']));
  });

  it('an unanswered log’s finding opens the log on its “None to report” answer, which the monitor may not change', async () => {
    const user = userEvent.setup();
    renderApp('/review', { user: MONITOR, now: NOW, seed: (store) => threeSubjects(store) });
    await grid();
    const list = screen.getByRole('region', { name: 'Findings' });
    await user.selectOptions(within(list).getByLabelText('Kind'), 'Missing value');
    await user.click(within(list).getByRole('link', { name: /^Open 04-001, .*Adverse events: no entries/ }));
    const none = await screen.findByRole('checkbox', { name: 'None to report: no Adverse events at this visit' });
    await waitFor(() => expect(none).toHaveFocus());
    expect(none).toHaveAttribute('aria-disabled', 'true');
    expect(none).toHaveAccessibleDescription(/^Values are read-only for you\. A monitor may not change a value/);
    await user.click(none);
    expect(none).not.toBeChecked();
  });

  it('a finding’s link opens its field on the visit page', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/review', { user: MONITOR, now: NOW, seed: (store) => threeSubjects(store) });
    await grid();
    const list = screen.getByRole('region', { name: 'Findings' });
    await user.selectOptions(within(list).getByLabelText('Kind'), 'Missing value');
    await user.click(within(list).getByRole('link', { name: /^Open 04-001, .*Serum creatinine/ }));
    const creatinine = await screen.findByRole('textbox', { name: 'Serum creatinine' });
    await waitFor(() => expect(creatinine).toHaveFocus());
    expect(router.state.location.search).toContain('field=creatinine');
  });
});
