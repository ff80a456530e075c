import { describe, expect, it } from 'vitest';
import { childPugh, meld, meldNct05121870 } from '../../../shared/scores';
import { subjectSeries, type PlotCell, type PlotMeasureId, type SubjectSeries } from '../../../shared/plots';
import type { Protocol } from '../../../shared/protocol';
import { seed } from '../../seeds/load-seeds';
import { demoOptions, runDemo } from '../demo/support';
import { TrialData, type Place } from '../review/builders';

const NCT05121870 = seed('NCT05121870');
const ESLD = seed('ESLD-UCMSC-DOSE');

const LABS = (visitId: string): Place => ({ visitId, formId: 'labs' });
const CLINICAL = (visitId: string): Place => ({ visitId, formId: 'clinical' });

function seriesOf(data: TrialData, subjectId = 's-1'): SubjectSeries {
  const p = data.projection;
  const subject = p.subjects.get(subjectId);
  if (subject === undefined) throw new Error('no subject');
  const result = subjectSeries({ protocol: data.protocol, subject, visits: p.visits.values(), entries: p.entries.values() });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

const cell = (s: SubjectSeries, visitId: string, measure: PlotMeasureId): PlotCell | undefined => s.rows.find((r) => r.visitId === visitId)?.cells[measure];
const points = (s: SubjectSeries, measure: PlotMeasureId) => s.series.find((x) => x.id === measure)?.points ?? [];

/** A subject of `protocol` (day 1 2025-03-01) with full labs and clinical status at week 4. */
function withWeek4(protocol: Protocol, labs: { bilirubin: number; creatinine: number; inr: number; albumin: number }): TrialData {
  const data = new TrialData(protocol).enrol('s-1', '01-001', { sex: 'M', arm: 'msc' });
  for (const [item, value] of Object.entries(labs)) data.value(LABS('w4'), item, value);
  data.value(CLINICAL('w4'), 'ascitesGrade', '0');
  data.value(CLINICAL('w4'), 'heGrade', '0');
  data.value(CLINICAL('w4'), 'dialysisTwiceInPastWeek', false);
  return data;
}

describe('a subject’s course for the plots', () => {
  it('places visits in study weeks from day 1: the actual date when done, else the recorded visit date, else the target', () => {
    const data = withWeek4(ESLD, { bilirubin: 40, creatinine: 80, inr: 1.4, albumin: 32 });
    data.value(LABS('screening'), 'bilirubin', 41);
    data.value(LABS('w1'), 'bilirubin', 39);
    data.value({ visitId: 'w1', formId: 'visit' }, 'visitDate', '2025-03-09');
    data.visitDone('w4', '2025-03-31');
    data.startVisit('u-1', 'unscheduled', '2025-04-15').value(LABS('u-1'), 'bilirubin', 60);
    data.value(LABS('w8'), 'bilirubin', 35);
    const s = seriesOf(data);
    expect(s.rows.map((r) => [r.visitId, r.date, r.dateSource, r.studyDay, Number(r.week.toFixed(3))])).toEqual([
      ['screening', '2025-02-28', 'target', -1, -0.143],
      ['w1', '2025-03-09', 'actual', 9, 1.143],
      ['w4', '2025-03-31', 'actual', 31, 4.286],
      ['u-1', '2025-04-15', 'actual', 46, 6.429],
      ['w8', '2025-04-26', 'target', 57, 8],
    ]);
    expect(points(s, 'bilirubin').map((p) => [p.visitId, p.value])).toEqual([
      ['screening', 41],
      ['w1', 39],
      ['w4', 40],
      ['u-1', 60],
      ['w8', 35],
    ]);
  });

  it('plots labs in the stored SI unit, whatever unit the site typed or a version was stored in', () => {
    const data = new TrialData(ESLD).enrol();
    // Typed as 1.2 mg/dL: the form engine stored 20.52 µmol/L with the typed text beside it.
    data.value(LABS('w1'), 'bilirubin', 20.52, { entered: '1.2', enteredUnit: 'mg/dL', unit: 'µmol/L' });
    // A version whose value is in mg/dL (a foreign tool's import) is converted, never plotted as is.
    data.value(LABS('w4'), 'bilirubin', 1.2, { unit: 'mg/dL' });
    data.value(LABS('w4'), 'albumin', 3.1, { unit: 'g/dL' });
    data.value(LABS('w4'), 'creatinine', 1, { unit: 'mg/dL' });
    const s = seriesOf(data);
    expect(points(s, 'bilirubin').map((p) => p.value)).toEqual([20.52, 20.52]);
    expect(points(s, 'albumin').map((p) => p.value)).toEqual([31]);
    expect(points(s, 'creatinine').map((p) => p.value)).toEqual([88.4]);
    const bilirubin = s.series.find((x) => x.id === 'bilirubin');
    expect(bilirubin?.unit?.en).toBe('µmol/L');
    expect(s.series.find((x) => x.id === 'albumin')?.unit?.en).toBe('g/L');
    expect(s.series.find((x) => x.id === 'creatinine')?.unit?.en).toBe('µmol/L');
  });

  it('computes MELD and Child-Pugh from the stored SI values of the visit’s forms (never a stored score)', () => {
    const s = seriesOf(withWeek4(ESLD, { bilirubin: 342, creatinine: 88.4, inr: 2.2, albumin: 30 }));
    const expectedMeld = meld({ bilirubin: { value: 342, unit: 'umol/L' }, creatinine: { value: 88.4, unit: 'umol/L' }, inr: 2.2, dialysisTwiceInPastWeek: false });
    if (!expectedMeld.ok) throw new Error('reference MELD failed');
    expect(expectedMeld.score).toBe(27);
    expect(cell(s, 'w4', 'meld')).toMatchObject({ kind: 'value', value: 27 });
    expect(s.series.find((x) => x.id === 'meld')).toMatchObject({ kind: 'score', scoreId: 'meld' });

    const expectedCp = childPugh({ bilirubin: { value: 342, unit: 'umol/L' }, albumin: { value: 30, unit: 'g/L' }, inr: 2.2, ascites: 'none', encephalopathy: 'none' });
    if (!expectedCp.ok) throw new Error('reference Child-Pugh failed');
    expect(cell(s, 'w4', 'childPugh')).toMatchObject({ kind: 'value', value: expectedCp.score, detail: { en: `Class ${expectedCp.class}` } });
    // 3 (bilirubin > 3 mg/dL) + 2 (albumin 3.0 g/dL) + 2 (INR 2.2) + 1 + 1
    expect(expectedCp.score).toBe(9);
  });

  it('uses the protocol’s own MELD formula where it defines one, with the etiology recorded at screening', () => {
    const data = withWeek4(NCT05121870, { bilirubin: 50, creatinine: 90, inr: 1.6, albumin: 31 });
    data.value({ visitId: 'screening', formId: 'demographics' }, 'etiologyCategory', '0');
    const s = seriesOf(data);
    const expected = meldNct05121870({ bilirubin: { value: 50, unit: 'umol/L' }, creatinine: { value: 90, unit: 'umol/L' }, inr: 1.6, etiology: 'cholestatic-or-alcoholic' });
    if (!expected.ok) throw new Error('reference MELD failed');
    expect(cell(s, 'w4', 'meld')).toMatchObject({ kind: 'value', value: expected.score });
    expect(s.series.find((x) => x.id === 'meld')?.scoreId).toBe('meldNct05121870');
    expect(s.series.find((x) => x.id === 'meld')?.label.en).toBe('MELD (NCT05121870 protocol formula)');
  });

  it('says what a score needs when the visit lacks an input, and plots no point for it', () => {
    const data = new TrialData(ESLD).enrol();
    data.value(LABS('w4'), 'bilirubin', 40);
    data.value(LABS('w4'), 'inr', 1.3);
    const s = seriesOf(data);
    const meldCell = cell(s, 'w4', 'meld');
    expect(meldCell?.kind).toBe('needs');
    expect(meldCell?.kind === 'needs' ? meldCell.message.en : '').toContain('creatinine');
    expect(points(s, 'meld')).toEqual([]);
    expect(points(s, 'bilirubin')).toHaveLength(1);
  });

  it('marks values outside the hard or soft range (the protocol’s soft range overriding the catalogue’s), and scores computed from them', () => {
    const data = withWeek4(NCT05121870, { bilirubin: 350, creatinine: 90, inr: 1.6, albumin: 12 });
    data.value({ visitId: 'screening', formId: 'demographics' }, 'etiologyCategory', '1');
    data.value(LABS('w8'), 'bilirubin', 1300);
    data.value(LABS('w8'), 'inr', 1.5, { softRangeConfirmed: true });
    data.value(LABS('w12'), 'bilirubin', 280);
    const s = seriesOf(data);
    // NCT05121870 queries bilirubin > 300 µmol/L; the catalogue alone would wait until 700.
    expect(cell(s, 'w4', 'bilirubin')).toMatchObject({ kind: 'value', value: 350, range: 'soft-high' });
    expect(cell(s, 'w4', 'albumin')).toMatchObject({ kind: 'value', value: 12, range: 'soft-low' });
    expect(cell(s, 'w8', 'bilirubin')).toMatchObject({ kind: 'value', value: 1300, range: 'hard-high' });
    expect(cell(s, 'w12', 'bilirubin')).toMatchObject({ range: 'ok' });
    expect(cell(s, 'w8', 'inr')).toMatchObject({ range: 'ok', confirmed: true });
    expect(points(s, 'bilirubin').map((p) => [p.visitId, p.flag])).toEqual([
      ['w4', 'soft'],
      ['w8', 'hard'],
      ['w12', 'none'],
    ]);
    expect(cell(s, 'w4', 'meld')).toMatchObject({ kind: 'value', flaggedInputs: ['bilirubin'] });
    expect(cell(s, 'w4', 'childPugh')).toMatchObject({ kind: 'value', flaggedInputs: ['bilirubin', 'albumin'] });
    expect(points(s, 'meld').find((p) => p.visitId === 'w4')?.flag).toBe('soft');
    expect(s.series.find((x) => x.id === 'bilirubin')).toMatchObject({ softRange: { low: 2, high: 300 }, hardRange: { min: 0, max: 1200 } });
  });

  it('skips missing values: a missing reason is a table cell, never a point; cleared values and empty visits leave nothing', () => {
    const data = new TrialData(ESLD).enrol();
    data.value(LABS('w1'), 'bilirubin', 40);
    data.missing(LABS('w4'), 'bilirubin', 'NOT DONE');
    data.missing(LABS('w4'), 'inr', 'NAV');
    data.value(LABS('w8'), 'bilirubin', 44);
    data.cleared(LABS('w8'), 'bilirubin');
    data.value({ visitId: 'w12', formId: 'visit' }, 'visitDate', '2025-05-24');
    const s = seriesOf(data);
    expect(cell(s, 'w4', 'bilirubin')).toEqual({ kind: 'missing', code: 'NOT DONE' });
    expect(cell(s, 'w4', 'inr')).toEqual({ kind: 'missing', code: 'NAV' });
    expect(points(s, 'bilirubin').map((p) => p.visitId)).toEqual(['w1']);
    expect(s.rows.map((r) => r.visitId)).toEqual(['w1', 'w4']);
  });

  it('reads only single forms that were not removed, and only this subject’s rows', () => {
    const data = new TrialData(ESLD).enrol().enrol('s-2', '01-002');
    data.value(LABS('w4'), 'bilirubin', 40);
    data.value(LABS('w4'), 'bilirubin', 99, {}, 's-2');
    const s = seriesOf(data);
    expect(points(s, 'bilirubin').map((p) => p.value)).toEqual([40]);
  });

  it('has no course before day 1', () => {
    const data = new TrialData(ESLD).screenOnly('s-9');
    const subject = data.projection.subjects.get('s-9');
    if (subject === undefined) throw new Error('no subject');
    const result = subjectSeries({ protocol: ESLD, subject, visits: [], entries: [] });
    expect(result.ok).toBe(false);
  });

  it('gives every demo subject a course of finite values in week order, with scores wherever the labs are complete', () => {
    const run = runDemo(demoOptions('NCT05121870', { subjects: 12 }));
    let meldPoints = 0;
    for (const subject of run.projection.subjects.values()) {
      if (subject.day1 === undefined) continue;
      const result = subjectSeries({ protocol: NCT05121870, subject, visits: run.projection.visits.values(), entries: run.projection.entries.values() });
      if (!result.ok) throw new Error(JSON.stringify(result.issues));
      const weeks = result.value.rows.map((r) => r.week);
      expect(weeks).toEqual([...weeks].sort((a, b) => a - b));
      for (const series of result.value.series) for (const p of series.points) expect(Number.isFinite(p.value)).toBe(true);
      for (const row of result.value.rows) {
        const labs = (['bilirubin', 'creatinine', 'inr'] as const).map((id) => row.cells[id]);
        if (labs.every((c) => c?.kind === 'value')) expect(row.cells.meld?.kind).toBe('value');
      }
      meldPoints += result.value.series.find((x) => x.id === 'meld')?.points.length ?? 0;
    }
    expect(meldPoints).toBeGreaterThan(12);
  });
});
