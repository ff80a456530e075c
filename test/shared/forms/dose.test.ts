import { describe, expect, it } from 'vitest';
import { DOSE_TOLERANCE, validateEntry, type EntryContext, type FormModel } from '../../../shared/forms';
import type { Protocol } from '../../../shared/protocol';
import { aProtocol, draft, formModel } from './builders';

const doseCodes = (model: FormModel, entries: Parameters<typeof draft>[0], context: EntryContext = {}): string[] =>
  validateEntry(model, draft(entries), context)
    .problems.filter((p) => p.code.startsWith('rule.dose'))
    .map((p) => `${p.key}:${p.code}`);

/** The msc arm at w0: a fixed 1.5 × 10^8 cells per infusion. */
const fixedTotal = formModel('infusion');
/** The long arm at w4: 2 × 10^6 cells/kg. */
const perKg = formModel('infusion', { arm: 'long', stage: 2, visitId: 'w4' });
/** No protocol dose (blinded role). */
const blinded = formModel('infusion', { blinded: true });

describe('total cells ≈ dose/kg × dosing weight (± 10 %)', () => {
  it.each([
    ['1.2e8', false],
    ['1.32e8', false],
    ['1.08e8', false],
    ['1.0799e8', true],
    ['1.32001e8', true],
  ] as const)('2 × 10^6 cells/kg × 60 kg vs total %s → fires %s', (totalCells, fires) => {
    expect(DOSE_TOLERANCE).toBe(0.1);
    const codes = doseCodes(blinded, { dosePerKg: '2000000', dosingWeight: '60', totalCells });
    expect(codes).toEqual(fires ? ['totalCells:rule.dose-total-mismatch'] : []);
  });

  it('names the fields involved and explains in both languages', () => {
    const [problem] = validateEntry(blinded, draft({ dosePerKg: '2000000', dosingWeight: '60', totalCells: '1e8' })).problems.filter((p) =>
      p.code.startsWith('rule.dose'),
    );
    expect(problem).toMatchObject({ key: 'totalCells', keys: ['totalCells', 'dosePerKg', 'dosingWeight'], severity: 'warning' });
    expect(problem?.message.en).toMatch(/1\.2 × 10\^8/);
    expect(problem?.message.zh).toMatch(/相差超过 10%/);
  });

  it('reads the dosing weight from another form of the visit (cell counts on the pharmacy form)', () => {
    const pharmacy = formModel('pharmacy', { arm: 'long', stage: 2, visitId: 'w4' });
    const entries = { dosePerKg: '2000000', totalCells: '1e8' };
    expect(doseCodes(pharmacy, entries)).toEqual([]);
    expect(doseCodes(pharmacy, entries, { visit: { dosingWeight: 60 } })).toEqual(['totalCells:rule.dose-total-mismatch']);
    const [problem] = validateEntry(pharmacy, draft(entries), { visit: { dosingWeight: 60 } }).problems.filter((p) => p.code.startsWith('rule.'));
    expect(problem?.keys).toEqual(['totalCells', 'dosePerKg']);
  });
});

describe('the protocol dose of the subject’s arm at this visit (± 10 %)', () => {
  it.each([
    ['1.35e8', false],
    ['1.65e8', false],
    ['1.34e8', true],
    ['1.66e8', true],
  ] as const)('fixed total 1.5 × 10^8, given %s → fires %s', (totalCells, fires) => {
    expect(doseCodes(fixedTotal, { totalCells })).toEqual(fires ? ['totalCells:rule.dose-off-protocol'] : []);
  });

  it.each([
    ['1800000', false],
    ['2200000', false],
    ['1700000', true],
    ['3000000', true],
  ] as const)('2 × 10^6 cells/kg, given %s cells/kg → fires %s', (dosePerKg, fires) => {
    expect(doseCodes(perKg, { dosePerKg })).toEqual(fires ? ['dosePerKg:rule.dose-off-protocol'] : []);
  });

  it('a cells/kg dose may also come from total ÷ weight', () => {
    expect(doseCodes(perKg, { totalCells: '1.2e8', dosingWeight: '60' })).toEqual([]);
    expect(doseCodes(perKg, { totalCells: '3e8', dosingWeight: '60' })).toEqual(['totalCells:rule.dose-off-protocol']);
  });

  it('a cells/kg range is widened by 10 % at both ends', () => {
    const base = aProtocol();
    const protocol: Protocol = { ...base, dosing: [{ arm: 'msc', visits: ['w0'], dose: { kind: 'cells-per-kg-range', minCellsPerKg: 1e5, maxCellsPerKg: 1e6 } }] };
    const model = formModel('infusion', { protocol });
    expect(doseCodes(model, { dosePerKg: '90000' })).toEqual([]);
    expect(doseCodes(model, { dosePerKg: '1100000' })).toEqual([]);
    expect(doseCodes(model, { dosePerKg: '89999' })).toEqual(['dosePerKg:rule.dose-off-protocol']);
    expect(doseCodes(model, { dosePerKg: '1100001' })).toEqual(['dosePerKg:rule.dose-off-protocol']);
  });

  it('placebo and blinded models are not checked against a dose', () => {
    expect(doseCodes(formModel('infusion', { arm: 'control' }), { totalCells: '1e6' })).toEqual([]);
    expect(doseCodes(blinded, { totalCells: '1e6' })).toEqual([]);
  });
});
