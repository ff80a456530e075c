import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MISSING_REASON_CODES, MISSING_REASONS } from '../../../shared/catalogue';
import {
  buildDraftSchema,
  buildValueSchema,
  buildVisitModel,
  checkCompletion,
  computeDerivations,
  validateEntry,
  type FieldModel,
  type FormModel,
} from '../../../shared/forms';
import { aProtocol } from './builders';

const visit = buildVisitModel({ protocol: aProtocol(), visitId: 'w0', arm: 'msc', blinded: false });
if (!visit.ok) throw new Error('w0 builds');
const MODELS: readonly FormModel[] = visit.value.forms;

/** Text a site might type into any input, including the missing-reason spellings. */
const typed = fc.oneof(
  fc.string(),
  fc.double({ noNaN: false }).map(String),
  fc.integer().map(String),
  fc.constantFrom(...MISSING_REASON_CODES, 'N/A', 'unk', '<20', '>120', '１２．５', '1,5', '2025-02-29', '2024-02-29', '2025-03-01T10:00', 'true', 'false', '', ' '),
);

function fieldDraft(field: FieldModel) {
  const units = [...('units' in field ? field.units.map((u) => u.unit) : []), '', 'mg/dL', 'x'];
  return fc.record({
    value: typed,
    unit: fc.constantFrom(...units),
    qualifier: fc.constantFrom('' as const, '<' as const, '>' as const),
    missing: fc.constantFrom('' as const, '' as const, ...MISSING_REASON_CODES),
    softConfirmed: fc.boolean(),
  });
}

/** A record draft: well-shaped field drafts, and now and then garbage in place of one. */
function recordDraft(model: FormModel) {
  const entries = model.fields.map((f) => [f.key, fc.oneof({ weight: 8, arbitrary: fieldDraft(f) }, { weight: 1, arbitrary: fc.anything() })] as const);
  return fc.record(Object.fromEntries(entries), { requiredKeys: [] });
}

const anyModel = fc.constantFrom(...MODELS);
const modelAndDraft = anyModel.chain((model) => recordDraft(model).map((d) => ({ model, d })));

describe('properties over random drafts', () => {
  it('validateEntry never throws and never stores NaN or an infinite number', () => {
    fc.assert(
      fc.property(modelAndDraft, ({ model, d }) => {
        const result = validateEntry(model, d, { previous: { weight: 60, bilirubin: 300, urea: 5 } });
        for (const value of Object.values(result.values)) {
          if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
          else expect(['string', 'boolean']).toContain(typeof value);
        }
        for (const p of result.problems) {
          expect(model.fields.some((f) => f.key === p.key)).toBe(true);
          expect(p.message.en.length).toBeGreaterThan(0);
          expect(p.message.zh.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('a value and a missing reason are never both recorded, and a missing reason is never a value', () => {
    fc.assert(
      fc.property(modelAndDraft, ({ model, d }) => {
        const { entries, values } = validateEntry(model, d);
        for (const [key, entry] of Object.entries(entries)) {
          if (entry.status === 'missing') expect(values).not.toHaveProperty(key);
          else expect(MISSING_REASON_CODES as readonly unknown[]).not.toContain(entry.value);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('typing a missing-reason code or label as the value never stores it as a value', () => {
    const spellings = MISSING_REASON_CODES.flatMap((c) => [c, c.toLowerCase(), MISSING_REASONS[c].label.en, MISSING_REASONS[c].label.zh]);
    for (const model of MODELS) {
      for (const f of model.fields) {
        for (const spelling of spellings) {
          const entry = validateEntry(model, { [f.key]: { value: spelling, unit: '', qualifier: '', missing: '', softConfirmed: false } }).entries[f.key];
          expect(entry?.status, `${f.key} = ${spelling}`).not.toBe('value');
        }
      }
    }
  });

  it('without hard errors, the stored values pass the value schema; with one, they do not', () => {
    fc.assert(
      fc.property(modelAndDraft, ({ model, d }) => {
        const { values, problems } = validateEntry(model, d);
        const fieldErrors = problems.filter((p) => p.severity === 'error' && !p.code.startsWith('rule.'));
        const hardRange = fieldErrors.some((p) => p.code.startsWith('range.hard'));
        expect(buildValueSchema(model).safeParse(values).success).toBe(!hardRange);
      }),
      { numRuns: 300 },
    );
  });

  it('the draft schema fails exactly when a field cannot be saved (a format problem)', () => {
    fc.assert(
      fc.property(anyModel.chain((model) => fc.record(Object.fromEntries(model.fields.map((f) => [f.key, fieldDraft(f)])), { requiredKeys: [] }).map((d) => ({ model, d }))), ({ model, d }) => {
        const formatProblems = validateEntry(model, d).problems.filter((p) => p.code.startsWith('format.') || p.code.startsWith('missing.') || p.code === 'draft.malformed');
        expect(buildDraftSchema(model).safeParse(d).success).toBe(formatProblems.length === 0);
      }),
      { numRuns: 300 },
    );
  });

  it('completion is possible exactly when nothing is an error or required', () => {
    fc.assert(
      fc.property(modelAndDraft, ({ model, d }) => {
        const result = checkCompletion(model, d);
        const { problems } = validateEntry(model, d);
        expect(result.canComplete).toBe(!problems.some((p) => p.severity === 'error' || p.severity === 'required'));
        expect(result.needsConfirmation.every((p) => p.severity === 'warning' && p.confirmed !== true)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('numbers typed in an alternative unit convert to the stored unit and back', () => {
    const labs = MODELS.find((m) => m.id === 'labs');
    if (labs === undefined) throw new Error('labs');
    const quantities = labs.fields.flatMap((f) => (f.kind === 'quantity' ? f.units.filter((u) => !u.isStored).map((u) => ({ key: f.key, unit: u })) : []));
    fc.assert(
      fc.property(fc.constantFrom(...quantities), fc.double({ min: 0.001, max: 10_000, noNaN: true }), ({ key, unit }, x) => {
        const value = String(Number(x.toPrecision(6)));
        const stored = validateEntry(labs, { [key]: { value, unit: unit.unit, qualifier: '', missing: '', softConfirmed: false } }).values[key];
        expect(typeof stored).toBe('number');
        expect(((stored as number) - unit.offset) / unit.factor).toBeCloseTo(Number(value), 6);
      }),
      { numRuns: 200 },
    );
  });

  it('derivations never produce NaN, whatever the values', () => {
    const value = fc.oneof(fc.double(), fc.string(), fc.boolean(), fc.constant(undefined), fc.constantFrom('0', '1', '2', '3', '4', 'minimal', 'M', 'F'));
    const keys = [...new Set(visit.value.derivations.flatMap((d) => d.inputs))];
    fc.assert(
      fc.property(fc.record(Object.fromEntries(keys.map((k) => [k, value])), { requiredKeys: [] }), (values) => {
        for (const result of computeDerivations(visit.value, values, { subject: { sex: 'F', dialysisTwiceInPastWeek: false } })) {
          if (result.status === 'computed') expect(Number.isFinite(result.score)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
