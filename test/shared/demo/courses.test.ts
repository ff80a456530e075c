import { describe, expect, it } from 'vitest';
import type { SubjectRow } from '../../../shared/events';
import { sharedRun } from './support';
import { demoOptions } from './support';

const aclf = () => sharedRun('aclf-200', () => demoOptions('NCT03668171', { subjects: 200 }));
const cirrhosis = () => sharedRun('cirrhosis-200', () => demoOptions('ESLD-UCMSC-DOSE', { subjects: 200 }));

const enrolled = (subjects: Iterable<SubjectRow>) => [...subjects].filter((s) => s.code !== undefined);
const share = (subjects: readonly SubjectRow[], status: string) => subjects.filter((s) => s.status === status).length / subjects.length;

describe('demo courses (200 subjects, every course finished by today)', () => {
  it('enrols the subjects asked for, with screen failures on top, across the sites', () => {
    const { projection } = aclf();
    const all = [...projection.subjects.values()];
    expect(enrolled(all)).toHaveLength(200);
    const failed = all.filter((s) => s.status === 'screen-failed').length;
    expect(failed).toBeGreaterThan(10);
    expect(failed).toBeLessThan(40);
    expect(new Set(all.map((s) => s.siteId))).toEqual(new Set(['01', '02', '03']));
    expect(new Set(enrolled(all).map((s) => s.code)).size).toBe(200);
  });

  it('allocates by the protocol’s ratio (1:1)', () => {
    const { events } = cirrhosis(); // single-blind: the site records the arm
    const arms = events.flatMap((e) => (e.type === 'subject.armAssigned' && e.payload.arm !== undefined ? [e.payload.arm] : []));
    const low = arms.filter((a) => a === 'lowDose').length;
    expect(arms).toHaveLength(200);
    expect(low).toBeGreaterThan(70);
    expect(low).toBeLessThan(130);
  });

  it('has ACLF deaths and transplants at plausible rates over 12 weeks', () => {
    const subjects = enrolled(aclf().projection.subjects.values());
    expect(share(subjects, 'died')).toBeGreaterThan(0.1);
    expect(share(subjects, 'died')).toBeLessThan(0.45);
    expect(share(subjects, 'liver-transplant')).toBeGreaterThan(0);
    expect(share(subjects, 'liver-transplant')).toBeLessThan(0.15);
    expect(share(subjects, 'completed')).toBeGreaterThan(0.45);
    expect(subjects.filter((s) => s.status === 'on-study')).toEqual([]);
  });

  it('has fewer deaths and transplants in cirrhosis over a year', () => {
    const subjects = enrolled(cirrhosis().projection.subjects.values());
    expect(share(subjects, 'died')).toBeGreaterThan(0.02);
    expect(share(subjects, 'died')).toBeLessThan(0.3);
    expect(share(subjects, 'liver-transplant')).toBeLessThan(0.12);
    expect(share(subjects, 'died')).toBeLessThan(share(enrolled(aclf().projection.subjects.values()), 'died'));
  });

  it('has no visit after a death or transplant, except the early-termination visit that records it', () => {
    for (const run of [aclf(), cirrhosis()]) {
      const { projection } = run;
      const ended = enrolled(projection.subjects.values()).filter((s) => s.status === 'died' || s.status === 'liver-transplant');
      expect(ended.length).toBeGreaterThan(0);
      for (const subject of ended) {
        const visits = [...projection.visits.values()].filter((v) => v.subjectId === subject.subjectId);
        const after = visits.filter((v) => v.kind === 'scheduled' && v.status === 'done' && (v.visitDate ?? '') >= (subject.statusDate ?? ''));
        expect(after).toEqual([]);
        expect(visits.some((v) => v.kind === 'early-termination' && v.status === 'done')).toBe(true);
      }
    }
  });

  it('records a death with a fatal adverse event and the death form', () => {
    const { projection } = aclf();
    const died = enrolled(projection.subjects.values()).filter((s) => s.status === 'died');
    for (const subject of died) {
      const entries = [...projection.entries.values()].filter((e) => e.subjectId === subject.subjectId);
      const fatal = entries.find((e) => e.formId === 'adverse-events' && e.items.aeOutcome?.current.value === 'FATAL');
      expect(fatal?.items.aeGrade?.current.value).toBe('5');
      expect(entries.find((e) => e.formId === 'death')?.items.deathDate?.current.value).toBe(subject.statusDate);
    }
  });

  it('moves labs over weeks: some subjects improve, some worsen', () => {
    const { projection } = aclf();
    const bilirubin = (subjectId: string, visitId: string) => {
      const value = [...projection.entries.values()].find((e) => e.subjectId === subjectId && e.visitId === visitId && e.formId === 'labs')?.items.bilirubin?.current.value;
      return typeof value === 'number' ? value : undefined;
    };
    let better = 0;
    let worse = 0;
    for (const subject of enrolled(projection.subjects.values())) {
      const start = bilirubin(subject.subjectId, 'w0');
      const end = bilirubin(subject.subjectId, 'w4');
      if (start === undefined || end === undefined) continue;
      if (end < start * 0.6) better += 1;
      if (end > start * 1.2) worse += 1;
      // Plausible ACLF values in µmol/L, never mg/dL.
      expect(start).toBeGreaterThan(20);
    }
    expect(better).toBeGreaterThan(20);
    expect(worse).toBeGreaterThan(10);
  });

  it('leaves the data a monitor expects: missing values with and without reasons, pending labs, unusual values, open and closed queries, forms in progress', () => {
    const { projection, events } = aclf();
    const versions = [...projection.entries.values()].flatMap((e) => Object.values(e.items).map((i) => i.current));
    const codes = versions.flatMap((v) => (v.kind === 'missing' && v.missing !== undefined ? [v.missing.code] : []));
    expect(codes).toContain('NOT DONE');
    expect(codes).toContain('NAV');
    expect(versions.some((v) => v.softRangeConfirmed === true)).toBe(true);
    const queries = [...projection.queries.values()];
    expect(queries.some((q) => q.status === 'closed')).toBe(true);
    expect(queries.some((q) => q.system)).toBe(true);
    const statuses = new Set([...projection.entries.values()].map((e) => e.status));
    expect(statuses).toEqual(new Set(['in-progress', 'complete']));
    const serious = events.filter((e) => e.type === 'item.valueSet' && e.itemId === 'aeSerious' && e.payload.value === true);
    expect(serious.length).toBeGreaterThan(0);
    expect(serious.length).toBeLessThan(events.filter((e) => e.type === 'item.valueSet' && e.itemId === 'aeSerious').length / 2);
  });
});
