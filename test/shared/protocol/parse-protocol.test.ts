import { describe, expect, it } from 'vitest';
import { formatPath } from '../../../shared/lib/result';
import { inspectProtocol, parseProtocol, type Protocol } from '../../../shared/protocol';
import { aProtocol, copy, FAKE_CATALOGUE } from './builders';

type Mutable = { -readonly [K in keyof Protocol]: Protocol[K] } & Record<string, unknown>;

/** Applies a mutation to a valid protocol and returns the issues as "path: message" lines. */
function issuesAfter(mutate: (p: Mutable) => void): string[] {
  const p = copy(aProtocol()) as Mutable;
  mutate(p);
  const result = parseProtocol(p, FAKE_CATALOGUE);
  return result.ok ? [] : result.issues.map((i) => `${formatPath(i.path)}: ${i.message}`);
}

describe('parseProtocol', () => {
  it('accepts the valid builder protocol and returns it unchanged', () => {
    const result = parseProtocol(aProtocol(), FAKE_CATALOGUE);
    expect(result).toEqual({ ok: true, value: aProtocol() });
  });

  it('accepts a "$schema" property for editors', () => {
    expect(parseProtocol({ $schema: './protocol.schema.json', ...aProtocol() }, FAKE_CATALOGUE).ok).toBe(true);
  });

  it.each([
    ['an unknown form on a visit', (p: Mutable) => { p.visits[1]!.forms[0] = 'labz'; }, '$.visits[1].forms[0]: unknown form "labz"'],
    ['an unknown item on a form', (p: Mutable) => { p.forms[1]!.items[1]!.item = 'agee'; }, '$.forms[1].items[1].item: unknown item "agee"'],
    ['an unknown arm on a visit', (p: Mutable) => { p.visits[4] = { ...p.visits[4]!, arms: ['ctrl'] }; }, '$.visits[4].arms[0]: unknown arm "ctrl"'],
    ['an unknown arm in an allocation', (p: Mutable) => { p.stages[0]!.allocation[0]!.arm = 'ctrl'; }, '$.stages[0].allocation[0].arm: unknown arm "ctrl"'],
    ['an arm no stage randomises', (p: Mutable) => { p.stages[1]!.allocation.pop(); }, '$.arms[3].id: arm "long" is not randomised in any stage'],
    ['an unknown stage on a visit', (p: Mutable) => { p.visits[4] = { ...p.visits[4]!, stages: [3] }; }, '$.visits[4].stages[0]: unknown stage 3'],
    ['an unknown re-randomisation visit', (p: Mutable) => { p.stages[1] = { ...p.stages[1]!, entry: { kind: 're-randomisation', fromArms: ['msc'], atVisit: 'w44' } }; }, '$.stages[1].entry.atVisit: unknown visit "w44"'],
    ['a beforeForm not on the visit', (p: Mutable) => { p.stages[1] = { ...p.stages[1]!, entry: { kind: 're-randomisation', fromArms: ['msc'], atVisit: 'w1', beforeForm: 'infusion' } }; }, '$.stages[1].entry.beforeForm: form "infusion" is not on visit "w1"'],
    ['re-randomising an arm of the same stage', (p: Mutable) => { p.stages[1] = { ...p.stages[1]!, entry: { kind: 're-randomisation', fromArms: ['short'], atVisit: 'w4' } }; }, '$.stages[1].entry.fromArms[0]: arm "short" is not randomised in an earlier stage'],
    ['stages out of order', (p: Mutable) => { p.stages[1]!.number = 3; }, '$.stages[1].number: stages must be numbered 1, 2, … in order; expected 2'],
    ['an unknown endpoint visit', (p: Mutable) => { p.endpoints[0]!.visits[0] = 'w99'; }, '$.endpoints[0].visits[0]: unknown visit "w99"'],
    ['an unknown baseline visit', (p: Mutable) => { p.endpoints[0]!.baselineVisit = 'w-1'; }, '$.endpoints[0].baselineVisit: unknown visit "w-1"'],
    ['an endpoint score not listed in scores', (p: Mutable) => { p.scores = []; }, '$.endpoints[0].score: score "meld" is not listed in $.scores'],
    ['an unknown endpoint item', (p: Mutable) => { p.endpoints[0]!.items = ['deathDat']; }, '$.endpoints[0].items[0]: unknown item "deathDat"'],
    ['dosing of an unknown arm', (p: Mutable) => { p.dosing[0]!.arm = 'mcs'; }, '$.dosing[0].arm: unknown arm "mcs"'],
    ['dosing at a visit the arm never has', (p: Mutable) => { p.dosing[0]!.visits = ['w5']; }, '$.dosing[0].visits[0]: visit "w5" does not apply to arm "msc"'],
    ['a duplicate visit id', (p: Mutable) => { p.visits[2]!.id = 'w0'; }, '$.visits[2].id: duplicate visit id "w0" (first at index 1)'],
    ['a duplicate form id', (p: Mutable) => { p.forms[1]!.id = 'visit'; }, '$.forms[1].id: duplicate form id "visit" (first at index 0)'],
    ['a duplicate arm id', (p: Mutable) => { p.arms[3]!.id = 'short'; }, '$.arms[3].id: duplicate arm id "short" (first at index 2)'],
    ['a duplicate criterion id', (p: Mutable) => { p.eligibility[1]!.id = 'inc-age'; }, '$.eligibility[1].id: duplicate criterion id "inc-age" (first at index 0)'],
    ['a duplicate item on a form', (p: Mutable) => { p.forms[1]!.items[1]!.item = 'consentDate'; }, '$.forms[1].items[1].item: duplicate item on form "consentDate" (first at index 0)'],
    ['the same form twice on a visit', (p: Mutable) => { p.visits[2]!.forms = ['visit', 'visit']; }, '$.visits[2].forms[1]: duplicate form on visit "visit" (first at index 0)'],
    ['a negative window', (p: Mutable) => { p.visits[2]!.window = { before: -1, after: 1 }; }, '$.visits[2].window.before: must be ≥ 0'],
    ['visits out of time order', (p: Mutable) => { p.visits[2]!.week = 6; }, '$.visits[3].week: visit "w4" (day 29) is listed after "w1" (day 43) on the path of arm "control" in stage 1; list visits in time order'],
    ['a scheduled visit without a window', (p: Mutable) => { delete p.visits[2]!.window; }, '$.visits[2].window: a follow-up visit needs a window'],
    ['a scheduled visit with both week and day', (p: Mutable) => { p.visits[2]!.day = -3; }, '$.visits[2].week: a follow-up visit needs exactly one of "week" or "day"'],
    ['an on-demand visit with a week', (p: Mutable) => { p.visits[6] = { ...p.visits[6]!, week: 3 }; }, '$.visits[6].week: an unscheduled visit happens on demand and has no week'],
    ['an unblinded item on a blinded form', (p: Mutable) => { p.forms[2]!.items.push({ item: 'productActual', required: false }); }, '$.forms[2].items[2].item: item "productActual" reveals the allocation: it may only be on an unblinded-only form'],
    ['a soft range on a text item', (p: Mutable) => { p.forms[4]!.items[0]!.softRange = { high: 3 }; }, '$.forms[4].items[0].softRange: item "aeTerm" is a text item and has no range'],
    ['an inverted soft range', (p: Mutable) => { p.forms[1]!.items[1]!.softRange = { low: 80, high: 20 }; }, '$.forms[1].items[1].softRange.low: soft low 80 must be below high 20'],
    ['a fixed value that is not a choice code', (p: Mutable) => { p.forms[2]!.items[1]!.fixedValue = 'ORAL'; }, '$.forms[2].items[1].fixedValue: item "infusionRoute" is a choice item: the fixed value must be one of "INTRAVENOUS"'],
    ['a fixed value outside the hard range', (p: Mutable) => { p.forms[1]!.items[1]!.fixedValue = 200; }, '$.forms[1].items[1].fixedValue: fixed value 200 is outside the hard range 0–120'],
    ['a rule on an unknown item', (p: Mutable) => { p.eligibility[0]!.rule = { kind: 'compare', item: 'agge', op: '>=', value: 18 }; }, '$.eligibility[0].rule.item: unknown item "agge"'],
    ['a rule unit the item does not have', (p: Mutable) => { p.eligibility[0]!.rule = { kind: 'compare', item: 'bilirubin', op: '>=', value: 5, unit: 'mg/L' }; }, '$.eligibility[0].rule.unit: item "bilirubin" has no unit "mg/L" (known: "µmol/L", "mg/dL")'],
    ['a numeric rule on a choice item', (p: Mutable) => { p.eligibility[0]!.rule = { kind: 'compare', item: 'heGrade', op: '>=', value: 2 }; }, '$.eligibility[0].rule.item: item "heGrade" is a choice item; this rule needs a number'],
    ['a one-of value that is not a code', (p: Mutable) => { p.eligibility[0]!.rule = { kind: 'one-of', item: 'hivAntibody', values: ['positive'] }; }, '$.eligibility[0].rule.values[0]: value "positive" does not fit item "hivAntibody" (choice): expected one of "NEGATIVE", "POSITIVE"'],
    ['a nested rule on an unknown item', (p: Mutable) => { p.eligibility[0]!.rule = { kind: 'all', of: [{ kind: 'present', item: 'age' }, { kind: 'not', of: { kind: 'present', item: 'x' } }] }; }, '$.eligibility[0].rule.of[1].of.item: unknown item "x"'],
    ['a score rule not listed in scores', (p: Mutable) => { p.eligibility[0]!.rule = { kind: 'score-between', score: 'childPugh', min: 7, max: 12 }; }, '$.eligibility[0].rule.score: score "childPugh" is not listed in $.scores'],
    ['an inverted between', (p: Mutable) => { p.eligibility[0]!.rule = { kind: 'between', item: 'age', min: 70, max: 18 }; }, '$.eligibility[0].rule.min: min 70 is above max 18'],
    ['a date rule on a number', (p: Mutable) => { p.eligibility[0]!.rule = { kind: 'date-within', item: 'age', toDays: 0 }; }, '$.eligibility[0].rule.item: item "age" is a integer item; this rule needs a date'],
    ['a ratio to an item in another unit', (p: Mutable) => { p.eligibility[0]!.rule = { kind: 'ratio', item: 'creatinine', op: '>=', factor: 1.2, reference: 'inr' }; }, '$.eligibility[0].rule.reference: item "inr" must be a number in the same unit as "creatinine"'],
  ])('reports %s at its path', (_name, mutate, expected) => {
    expect(issuesAfter(mutate)).toContain(expected);
  });

  it.each([
    ['an unknown property', (p: Mutable) => { p.visitz = []; }, '$: unknown property "visitz"'],
    ['a missing title', (p: Mutable) => { delete (p as Partial<Mutable>).title; }, '$.title: is required (object)'],
    ['a label without Chinese', (p: Mutable) => { p.arms[0]!.label = { en: 'Control' } as never; }, '$.arms[0].label.zh: is required (string)'],
    ['a bad rule kind', (p: Mutable) => { p.eligibility[0]!.rule = { kind: 'compar' } as never; }, '$.eligibility[0].rule.kind: must be one of "all", "any", "not", "compare", "between", "ratio", "one-of", "present", "date-within", "daily-rise", "score-compare", "score-between"'],
    ['a bad registry id', (p: Mutable) => { p.registryId = 'NCT123' as never; }, '$.registryId: must be an NCT number such as "NCT01234567", or "pending"'],
    ['an assumption without a flag', (p: Mutable) => { p.assumptions = [{ flag: 'X1', en: 'a', zh: 'b' }]; }, '$.assumptions[0].flag: must be a domain flag such as "F1" or a section such as "§4"'],
    ['an id that cannot become an OID', (p: Mutable) => { p.forms[0]!.id = 'visit.date'; }, '$.forms[0].id: must start with a letter and use only letters, digits, "-" and "_" (at most 48)'],
  ])('reports structural faults (%s) with their paths', (_name, mutate, expected) => {
    expect(issuesAfter(mutate)).toContain(expected);
  });

  it('collects several reference errors at once instead of stopping at the first', () => {
    const lines = issuesAfter((p) => {
      p.visits[1]!.forms[0] = 'labz';
      p.forms[1]!.items[0]!.item = 'nope';
      p.dosing[0]!.arm = 'mcs';
    });
    expect(lines).toEqual(
      expect.arrayContaining(['$.visits[1].forms[0]: unknown form "labz"', '$.forms[1].items[0].item: unknown item "nope"', '$.dosing[0].arm: unknown arm "mcs"']),
    );
  });

  it('keeps warnings out of a successful parse but shows them to inspectProtocol', () => {
    const p = aProtocol({ forms: [...aProtocol().forms, { id: 'spare', title: { en: 'Spare', zh: '备用' }, repeating: false, unblindedOnly: false, items: [{ item: 'aeTerm', required: false }] }] });
    expect(parseProtocol(p, FAKE_CATALOGUE).ok).toBe(true);
    const { protocol, issues } = inspectProtocol(p, FAKE_CATALOGUE);
    expect(protocol).toBeDefined();
    expect(issues).toEqual([{ path: ['forms', 5, 'id'], message: 'form "spare" is on no visit', severity: 'warning' }]);
  });

  it('warns when a double-blind protocol has no unblinded-only form', () => {
    const p = aProtocol();
    const forms = p.forms.map((f) => ({ ...f, unblindedOnly: false, items: f.items.filter((i) => i.item !== 'productActual') })).filter((f) => f.items.length > 0);
    const { issues } = inspectProtocol({ ...p, forms, visits: p.visits.map((v) => ({ ...v, forms: v.forms.filter((f) => f !== 'pharmacy') })) }, FAKE_CATALOGUE);
    expect(issues.map((i) => i.message)).toContain('a double-blind protocol usually needs an unblinded-only form for product data');
  });

  it('turns a hostile input that throws while being read into an issue at $', () => {
    const hostile = new Proxy({}, { get: () => { throw new Error('boom'); }, ownKeys: () => { throw new Error('boom'); } });
    const result = parseProtocol(hostile, FAKE_CATALOGUE);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]).toMatchObject({ path: [], severity: 'error' });
  });

  it.each([[null], [42], ['text'], [[]], [true]])('rejects %j as a protocol with an issue at $', (value) => {
    const result = parseProtocol(value, FAKE_CATALOGUE);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => formatPath(i.path))).toContain('$');
  });
});
