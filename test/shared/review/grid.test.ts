import { describe, expect, it } from 'vitest';
import { buildGrid, buildReview, cellTone, reviewCacheFor, reviewLifecycles, zeroCounts, type GridFilter, type ReviewGrid } from '../../../shared/review';
import { demoOptions, sharedRun } from '../demo/support';
import { LABS_W4, PROTOCOL, TrialData } from './builders';

const orderOf = (visitDefId: string) => reviewCacheFor(PROTOCOL).visitOrder(visitDefId);

function gridOf(data: TrialData, filter: GridFilter = {}, today = '2025-04-10'): ReviewGrid {
  const review = data.review(today);
  const p = data.projection;
  const lifecycles = reviewLifecycles({ review, protocol: PROTOCOL, subjects: p.subjects.values(), entries: p.entries.values(), signatures: p.signatures.values() });
  return buildGrid(review, lifecycles, orderOf, filter);
}

const cell = (grid: ReviewGrid, subjectId: string, visitDefId: string) => {
  const column = grid.columns.findIndex((c) => c.visitDefId === visitDefId);
  const row = grid.rows.find((r) => r.subjectId === subjectId);
  return row?.cells[column];
};

/** Two subjects at two sites: 01-001 with labs at w4 half entered and a soft value; 02-001 clean at w0. */
function twoSites(): TrialData {
  const data = new TrialData().enrol('s-1', '01-001').enrol('s-2', '02-001');
  data.value(LABS_W4, 'bilirubin', 350, { unit: 'µmol/L' });
  data.value({ visitId: 'w0', formId: 'visit' }, 'visitDate', '2025-03-01', {}, 's-2');
  data.complete({ visitId: 'w0', formId: 'visit' }, 's-2');
  data.value({ visitId: 'w0', formId: 'labs' }, 'bilirubin', 100, { unit: 'µmol/L' }, 's-2');
  data.value({ visitId: 'w0', formId: 'labs' }, 'albumin', 30, { unit: 'g/L' }, 's-2');
  data.value({ visitId: 'w0', formId: 'labs' }, 'inr', 1.2, { unit: 'ratio' }, 's-2');
  data.complete({ visitId: 'w0', formId: 'labs' }, 's-2');
  return data;
}

describe('the review grid', () => {
  it('has one row per subject and one column per visit in protocol order, each cell the visit’s counts', () => {
    const grid = gridOf(twoSites());
    expect(grid.columns.map((c) => c.visitDefId)).toEqual(['screening', 'w0', 'w4', 'w12']);
    expect(grid.rows.map((r) => r.code)).toEqual(['01-001', '02-001']);
    expect(cell(grid, 's-1', 'w4')).toMatchObject({
      // Two labs and the unanswered adverse-event log.
      counts: { ...zeroCounts(), missing: 3, softUnconfirmed: 1, notStarted: 2 },
      lifecycle: 'in-progress',
      tone: 'missing',
      target: { visitId: 'w4', formId: 'visit' },
    });
    expect(cell(grid, 's-2', 'w0')).toMatchObject({ lifecycle: 'complete', tone: 'clean', counts: zeroCounts() });
    expect(cell(grid, 's-2', 'w12')).toMatchObject({ tone: 'not-yet-due', lifecycle: 'not-started' });
    const s1 = grid.rows[0];
    expect(s1?.total.missing).toBe(3);
    expect(grid.total.missing).toBe(4); // and 02-001’s unanswered log at w4
    expect(grid.subjectCount).toBe(2);
  });

  it('filters rows by site and by status, columns by visit, and says how many subjects there are in all', () => {
    const data = twoSites();
    const bySite = gridOf(data, { siteId: '02' });
    expect(bySite.rows.map((r) => r.code)).toEqual(['02-001']);
    expect(bySite.subjectCount).toBe(2);
    expect(gridOf(data, { status: 'softUnconfirmed' }).rows.map((r) => r.code)).toEqual(['01-001']);
    expect(gridOf(data, { status: 'hardViolations' }).rows).toEqual([]);
    const w0 = gridOf(data, { visitDefId: 'w0' });
    expect(w0.columns.map((c) => c.visitDefId)).toEqual(['w0']);
    expect(w0.rows.map((r) => r.cells.length)).toEqual([1, 1]);
    // 01-001's only trouble is at w4 (and screening not started): with w0 alone, nothing is missing there.
    expect(gridOf(data, { visitDefId: 'w0', status: 'missing' }).rows).toEqual([]);
  });

  it('with a form filter, cells count that form only and columns without it are left out', () => {
    const grid = gridOf(twoSites(), { formId: 'labs' });
    expect(grid.columns.map((c) => c.visitDefId)).toEqual(['w0', 'w4', 'w12']);
    expect(cell(grid, 's-1', 'w4')).toMatchObject({ counts: { ...zeroCounts(), missing: 2, softUnconfirmed: 1 }, target: { visitId: 'w4', formId: 'labs' } });
    expect(cell(grid, 's-2', 'w0')?.lifecycle).toBe('complete');
  });

  it('filters on open queries, counting queries about the subject itself only without a visit or form filter', () => {
    const data = twoSites();
    data.query('q-1', { visitId: 'w0', formId: 'labs', itemId: 'albumin' }, 's-2');
    data.query('q-2', {}, 's-1');
    const grid = gridOf(data, { openQuery: true });
    expect(grid.rows.map((r) => [r.code, r.total.openQueries])).toEqual([
      ['01-001', 1],
      ['02-001', 1],
    ]);
    expect(cell(grid, 's-2', 'w0')).toMatchObject({ tone: 'query', target: { visitId: 'w0', formId: 'labs' } });
    expect(gridOf(data, { openQuery: true, visitDefId: 'w0' }).rows.map((r) => r.code)).toEqual(['02-001']);
    data.queryStep('q-1', 'query.answered', 's-2');
    expect(gridOf(data, { openQuery: true, visitDefId: 'w0' }).rows).toEqual([]);
    expect(gridOf(data, { status: 'answeredQueries' }).rows.map((r) => r.code)).toEqual(['02-001']);
  });

  it('puts several unscheduled visits of a subject in one cell, opening the one that needs a look', () => {
    const data = new TrialData().enrol();
    data.startVisit('u-1', 'unscheduled', '2025-03-05').startVisit('u-2', 'unscheduled', '2025-03-07');
    data.value({ visitId: 'u-1', formId: 'labs' }, 'bilirubin', 120, { unit: 'µmol/L' });
    data.value({ visitId: 'u-2', formId: 'labs' }, 'bilirubin', 9000, { unit: 'µmol/L' });
    const grid = gridOf(data);
    expect(grid.columns.map((c) => c.visitDefId)).toContain('unscheduled');
    expect(cell(grid, 's-1', 'unscheduled')).toMatchObject({
      visits: [{ visitId: 'u-1' }, { visitId: 'u-2' }],
      tone: 'hard',
      target: { visitId: 'u-2', formId: 'labs' },
    });
  });

  it('ranks a cell’s tone by urgency', () => {
    const c = (partial: Partial<ReturnType<typeof zeroCounts>>) => ({ ...zeroCounts(), ...partial });
    expect(cellTone(c({ hardViolations: 1, missing: 3 }), 'in-progress')).toBe('hard');
    expect(cellTone(c({ notStarted: 1, softUnconfirmed: 1 }), 'in-progress')).toBe('not-started');
    expect(cellTone(c({ answeredQueries: 1, pending: 1 }), 'complete')).toBe('query');
    expect(cellTone(c({ accounted: 2 }), 'verified')).toBe('clean');
    expect(cellTone(c({}), 'not-started')).toBe('empty');
  });
});

describe('the grid over demo data', () => {
  it('adds up to the review’s totals, and every verified form has every value shown verified', () => {
    const run = sharedRun('grid-nct05985863', () => demoOptions('NCT05985863', { subjects: 12, today: '2024-09-15', recruitmentDays: 150 }));
    const { protocol } = run.options;
    const p = run.projection;
    const built = buildReview({ protocol, today: run.options.today, blinded: true, subjects: p.subjects.values(), visits: p.visits.values(), entries: p.entries.values(), queries: p.queries.values() });
    if (!built.ok) throw new Error(JSON.stringify(built.issues));
    const review = built.value;
    const lifecycles = reviewLifecycles({ review, protocol, subjects: p.subjects.values(), entries: p.entries.values(), signatures: p.signatures.values() });
    const cache = reviewCacheFor(protocol);
    const grid = buildGrid(review, lifecycles, (v) => cache.visitOrder(v));
    expect(grid.total).toEqual(review.counts);
    for (const row of grid.rows) expect(row.total).toEqual(review.subjects.find((s) => s.subjectId === row.subjectId)?.counts);
    let verified = 0;
    for (const subject of review.subjects) {
      for (const visit of subject.visits) {
        for (const form of visit.forms) {
          if (lifecycles.form(subject.subjectId, visit.visitId, form.formId) !== 'verified') continue;
          verified += 1;
          const rows = [...p.entries.values()].filter((e) => e.subjectId === subject.subjectId && e.visitId === visit.visitId && e.formId === form.formId && !e.removed);
          for (const row of rows) {
            expect(row.status).toBe('complete');
            for (const item of Object.values(row.items)) if (item.current.kind !== 'cleared') expect(item.sdv?.valueEventId).toBe(item.current.stamp.eventId);
          }
        }
      }
    }
    expect(verified).toBeGreaterThan(0);
    const byForm = buildGrid(review, lifecycles, (v) => cache.visitOrder(v), { formId: 'labs' });
    expect(byForm.total.missing).toBe(review.findings.filter((f) => f.kind === 'missing' && f.formId === 'labs').length);
  }, 120_000);
});
