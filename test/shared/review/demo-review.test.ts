import { describe, expect, it } from 'vitest';
import { buildFormModel, isApplicable, type FormModel, type StoredValues } from '../../../shared/forms';
import { buildReview, queryIndexKey, sumCounts, zeroCounts, type ProtocolReview } from '../../../shared/review';
import { demoOptions, sharedRun, type DemoRun } from '../demo/support';

const finished = () => sharedRun('esld-60', () => demoOptions('ESLD-UCMSC-DOSE', { subjects: 60 }));
const midway = () => sharedRun('nct05985863-midway', () => demoOptions('NCT05985863', { subjects: 40, today: '2024-09-15', recruitmentDays: 200 }));

function review(run: DemoRun, blinded: boolean): ProtocolReview {
  const p = run.projection;
  const built = buildReview({
    protocol: run.options.protocol,
    today: run.options.today,
    blinded,
    subjects: p.subjects.values(),
    visits: p.visits.values(),
    entries: p.entries.values(),
    queries: p.queries.values(),
  });
  if (!built.ok) throw new Error(JSON.stringify(built.issues));
  return built.value;
}

describe('the review over demo data', () => {
  it('finds every required value the site left out without a reason, and nothing else as missing', () => {
    const run = finished();
    const { protocol } = run.options;
    const p = run.projection;
    const models = new Map<string, FormModel>();
    const expected = new Set<string>();
    for (const entry of p.entries.values()) {
      const subject = p.subjects.get(entry.subjectId);
      const visit = p.visit(entry.subjectId, entry.visitId);
      if (subject === undefined || visit?.status !== 'done' || entry.removed) continue;
      const key = `${subject.arm}|${visit.visitDefId}|${entry.formId}`;
      let model = models.get(key);
      if (model === undefined) {
        const built = buildFormModel({ protocol, visitId: visit.visitDefId, formId: entry.formId, arm: subject.arm, blinded: false });
        if (!built.ok) throw new Error(JSON.stringify(built.issues));
        models.set(key, (model = built.value));
      }
      const values: Record<string, string | number | boolean> = {};
      for (const [itemId, state] of Object.entries(entry.items)) {
        const v = state.current.value;
        if (state.current.kind === 'value' && (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')) values[itemId] = v;
      }
      // A log's own entry holds only its "none" answer (the demo answers every empty log), no row.
      if (model.repeating && entry.recordId === '') {
        expect(Object.keys(entry.items)).toEqual(['logNone']);
        continue;
      }
      const keys = new Set(model.fields.map((f) => f.key));
      for (const field of model.fields) {
        const never = entry.items[field.key] === undefined;
        const sex = subject.sex === undefined ? {} : { sex: subject.sex };
        if (never && field.required && isApplicable(field.applicability, values as StoredValues, sex, keys)) {
          expected.add(`${entry.subjectId}/${entry.visitId}/${entry.formId}/${entry.recordId}/${field.key}`);
        }
      }
    }
    // Logs: the demo answers "none" on every log it leaves empty, so an empty log is unanswered only at a
    // scheduled visit that is due and has no data at all (missed, never marked not done).
    const result = review(run, false);
    let missedLogs = 0;
    for (const subject of result.subjects) {
      for (const visit of subject.visits) {
        if (visit.due !== 'done' && visit.due !== 'window-closed') continue;
        if (visit.visitId !== visit.visitDefId) continue; // on-demand visits expect no form
        for (const form of visit.forms) {
          if (!form.repeating || form.records > 0) continue;
          if (p.entry({ subjectId: subject.subjectId, visitId: visit.visitId, formId: form.formId, recordId: '' }) !== undefined) continue;
          expect([...p.entries.values()].some((e) => e.subjectId === subject.subjectId && e.visitId === visit.visitId)).toBe(false);
          expected.add(`${subject.subjectId}/${visit.visitId}/${form.formId}//logNone`);
          missedLogs += 1;
        }
      }
    }
    expect(missedLogs).toBeGreaterThan(0);
    const found = result.findings.filter((f) => f.kind === 'missing');
    const foundKeys = new Set(found.map((f) => `${f.subjectId}/${f.visitId}/${f.formId}/${f.recordId ?? ''}/${f.itemId ?? ''}`));
    expect(expected.size).toBeGreaterThan(0);
    expect(foundKeys).toEqual(expected);
  });

  it('sums forms into visits, subjects, sites and the protocol on real data, and counts every unresolved query once', () => {
    for (const run of [finished(), midway()]) {
      for (const blinded of [true, false]) {
        const result = review(run, blinded);
        for (const subject of result.subjects) {
          for (const visit of subject.visits) {
            const forms = sumCounts(visit.forms.map((f) => f.counts));
            expect(visit.counts.missing).toBe(forms.missing);
            expect(visit.counts.notStarted).toBe(forms.notStarted);
            expect(visit.counts.softUnconfirmed).toBe(forms.softUnconfirmed);
            expect(visit.counts.openQueries).toBeGreaterThanOrEqual(forms.openQueries);
          }
          const visits = sumCounts(subject.visits.map((v) => v.counts));
          expect({ ...subject.counts, openQueries: 0, answeredQueries: 0 }).toEqual({ ...visits, openQueries: 0, answeredQueries: 0 });
        }
        expect(result.counts).toEqual(sumCounts(result.sites.map((s) => s.counts)));
        expect(sumCounts(result.sites.map((s) => s.counts))).toEqual(sumCounts(result.subjects.map((s) => s.counts)));
        const unresolved = [...run.projection.queries.values()].filter((q) => q.status !== 'closed');
        expect(result.counts.openQueries + result.counts.answeredQueries).toBe(unresolved.length);
        const indexed = [...result.openQueries.values()].reduce((n, list) => n + list.length, 0);
        expect(indexed).toBe(unresolved.length);
        for (const q of unresolved) expect(result.openQueries.get(queryIndexKey(q))?.some((r) => r.queryId === q.queryId)).toBe(true);
        expect(result.findings.length).toBeGreaterThan(0);
        expect(result.counts).not.toEqual(zeroCounts());
      }
    }
  });

  it('never reports a visit that is not yet due as missing or not started, midway through a trial', () => {
    const result = review(midway(), true);
    let notYetDue = 0;
    for (const subject of result.subjects) {
      for (const visit of subject.visits) {
        if (visit.due !== 'open' && visit.due !== 'upcoming') continue;
        notYetDue += visit.counts.notYetDue;
        expect(visit.counts.missing).toBe(0);
        expect(visit.counts.notStarted).toBe(0);
      }
    }
    expect(notYetDue).toBeGreaterThan(0);
    expect(result.counts.missing).toBeGreaterThan(0);
  });

  it('hides the pharmacist’s forms from a blinded review', () => {
    const blinded = review(midway(), true);
    const unblinded = review(midway(), false);
    expect(blinded.findings.some((f) => f.formId === 'pharmacy')).toBe(false);
    expect(blinded.subjects.flatMap((s) => s.visits.flatMap((v) => v.forms.map((f) => f.formId)))).not.toContain('pharmacy');
    expect(unblinded.subjects.flatMap((s) => s.visits.flatMap((v) => v.forms.map((f) => f.formId)))).toContain('pharmacy');
  });
});
