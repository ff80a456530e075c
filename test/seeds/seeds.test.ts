import { describe, expect, it } from 'vitest';
import { formatPath } from '../../shared/lib/result';
import { inspectProtocol, listAssumptions, SHIPPED_CATALOGUE, type Protocol } from '../../shared/protocol';
import { seed, SEED_IDS, seedFiles, seedJson, type SeedId } from './load-seeds';

/** Every string under a JSON value with its path, except inside the F5 note that quotes the mistranslation. */
function strings(value: unknown, path = '$'): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  if ('flag' in value && value.flag === 'F5') return [];
  return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`));
}

const form = (p: Protocol, id: string) => p.forms.find((f) => f.id === id);

describe('shipped seeds', () => {
  it('are exactly the five trials', () => {
    expect(seedFiles()).toEqual([...SEED_IDS].map((id) => `${id}.json`).sort());
  });

  describe.each(SEED_IDS)('%s', (id) => {
    const json = seedJson(id) as Record<string, unknown>;

    it('parses with no error and no warning', () => {
      const { issues } = inspectProtocol(json, SHIPPED_CATALOGUE);
      expect(issues.map((i) => `${formatPath(i.path)}: ${i.message}`)).toEqual([]);
    });

    it('is named after its id and points editors at the JSON Schema', () => {
      expect(json.id).toBe(id);
      expect(json.$schema).toBe('./protocol.schema.json');
    });

    it('lists only existing forms on every visit, and every form is on a visit', () => {
      const p = seed(id);
      const formIds = new Set(p.forms.map((f) => f.id));
      for (const visit of p.visits) for (const f of visit.forms) expect(formIds, `${visit.id} → ${f}`).toContain(f);
      for (const f of p.forms) expect(p.visits.some((v) => v.forms.includes(f.id)), f.id).toBe(true);
    });

    it('has Chinese text wherever it has a zh label, and never calls ACLF 急性肝衰竭 (F5)', () => {
      const zh = strings(json).filter(([path]) => path.endsWith('.zh'));
      expect(zh.length).toBeGreaterThan(20);
      for (const [path, text] of zh) {
        expect(text, path).toMatch(/[\u4e00-\u9fff]/);
        expect(text.replaceAll('慢加急性肝衰竭', ''), path).not.toContain('急性肝衰竭');
      }
    });

    it('has unscheduled and early-termination visits, and a visit-date form on every visit', () => {
      const p = seed(id);
      expect(p.visits.map((v) => v.kind)).toEqual(expect.arrayContaining(['screening', 'baseline', 'end-of-study', 'unscheduled', 'early-termination']));
      for (const visit of p.visits) expect(visit.forms[0], visit.id).toBe('visit');
    });

    it('records an infusion at every dosing visit', () => {
      const p = seed(id);
      for (const dosing of p.dosing) for (const v of dosing.visits) expect(p.visits.find((x) => x.id === v)?.forms, `${dosing.arm} ${v}`).toContain('infusion');
    });

    it('fixes the route to intravenous on the infusion form', () => {
      expect(form(seed(id), 'infusion')?.items.find((i) => i.item === 'infusionRoute')?.fixedValue).toBe('INTRAVENOUS');
    });
  });

  const blinded: SeedId[] = ['NCT05985863', 'NCT03668171', 'NCT06884904', 'NCT05121870'];
  it.each(blinded)('%s keeps product identity and cell counts on an unblinded-only pharmacy form at every infusion', (id) => {
    const p = seed(id);
    const pharmacy = form(p, 'pharmacy');
    expect(pharmacy?.unblindedOnly).toBe(true);
    expect(pharmacy?.items.map((i) => i.item)).toEqual(expect.arrayContaining(['productActual', 'totalCells', 'dosePerKg']));
    for (const f of p.forms.filter((x) => !x.unblindedOnly)) expect(f.items.map((i) => i.item), f.id).not.toEqual(expect.arrayContaining(['totalCells']));
    for (const visit of p.visits.filter((v) => v.forms.includes('infusion'))) expect(visit.forms, visit.id).toContain('pharmacy');
  });

  it('the single-masked ESLD trial records the dose on the infusion form itself (F20)', () => {
    const p = seed('ESLD-UCMSC-DOSE');
    expect(p.forms.some((f) => f.unblindedOnly)).toBe(false);
    expect(form(p, 'infusion')?.items.map((i) => i.item)).toEqual(expect.arrayContaining(['dosePerKg', 'totalCells']));
  });
});

describe('seed content against the trial documents and domain.md', () => {
  const ratios = (p: Protocol) => p.stages.map((s) => s.allocation.map((a) => `${a.arm}:${a.ratio}`).join(' '));

  it.each<[SeedId, string[]]>([
    ['NCT05985863', ['control:1 msc:2', 'mscShort:1 mscProlonged:1']],
    ['NCT03668171', ['msc:1 control:1']],
    ['NCT06884904', ['highDose:2 lowDose:2 highPlacebo:1 lowPlacebo:1', 'p3Msc:1 p3Control:1']],
    ['NCT05121870', ['msc:1 placebo:1']],
    ['ESLD-UCMSC-DOSE', ['lowDose:1 highDose:1']],
  ])('%s randomises %j', (id, expected) => {
    expect(ratios(seed(id))).toEqual(expected);
  });

  it('NCT05985863 re-randomises surviving MSC patients at week 4 before the fourth infusion; W5 is stage 2 only', () => {
    const p = seed('NCT05985863');
    expect(p.stages[1]?.entry).toMatchObject({ kind: 're-randomisation', fromArms: ['msc'], atVisit: 'w4', beforeForm: 'infusion' });
    expect(p.visits.find((v) => v.id === 'w5')?.stages).toEqual([2]);
    expect(p.dosing.map((d) => `${d.arm}:${d.visits.join('/')}:${d.dose.kind}`)).toEqual([
      'msc:w0/w1/w2:total-cells',
      'control:w0/w1/w2:placebo',
      'control:w4/w5:placebo',
      'mscShort:w4/w5:placebo',
      'mscProlonged:w4/w5:total-cells',
    ]);
  });

  it.each<[SeedId, string[]]>([
    ['NCT05985863', ['total-cells 150000000', 'placebo', 'placebo', 'placebo', 'total-cells 150000000']],
    ['NCT03668171', ['cells-per-kg-range 100000–1000000', 'placebo']],
    ['NCT06884904', ['cells-per-kg 4000000', 'cells-per-kg 2000000', 'placebo matched to 4000000', 'placebo matched to 2000000']],
    ['NCT05121870', ['total-cells 60000000', 'placebo']],
    ['ESLD-UCMSC-DOSE', ['cells-per-kg 1000000', 'cells-per-kg 3000000']],
  ])('%s doses %j', (id, expected) => {
    const dose = (d: Protocol['dosing'][number]['dose']) => {
      switch (d.kind) {
        case 'total-cells':
          return `total-cells ${d.cellsPerInfusion}`;
        case 'cells-per-kg':
          return `cells-per-kg ${d.cellsPerKg}`;
        case 'cells-per-kg-range':
          return `cells-per-kg-range ${d.minCellsPerKg}–${d.maxCellsPerKg}`;
        case 'placebo':
          return d.volumeMatchedToCellsPerKg === undefined ? 'placebo' : `placebo matched to ${d.volumeMatchedToCellsPerKg}`;
      }
    };
    expect(seed(id).dosing.map((d) => dose(d.dose))).toEqual(expected);
  });

  // domain.md §1: "Machine-checkable? Yes" (where the catalogue holds the input) becomes a rule.
  it.each<[SeedId, string[]]>([
    ['NCT05985863', ['inc-age', 'inc-aclf-labs', 'inc-consent', 'exc-he-grade', 'exc-pre-onset', 'exc-transplant', 'exc-pregnancy-test', 'exc-breastfeeding-plan', 'exc-immunomodulators']],
    [
      'NCT03668171',
      ['inc-age', 'inc-acute-decompensation', 'inc-bilirubin', 'inc-coagulation', 'inc-decompensation', 'inc-meld', 'inc-consent', 'exc-transplant-list', 'exc-copd', 'exc-hiv', 'exc-pregnancy-test', 'exc-breastfeeding', 'exc-other-trials'],
    ],
    ['NCT06884904', ['inc-age', 'inc-consent']],
    [
      'NCT05121870',
      [
        'inc-consent', 'inc-age', 'inc-ctp', 'exc-03-hbv-dna', 'exc-04-hbv-antiviral', 'exc-05-hcv-antiviral', 'exc-06-aih-steroids', 'exc-07-tips', 'exc-09-labs',
        'exc-11-surgery', 'exc-13a-liver-transplant', 'exc-15-hiv', 'exc-17a-pregnancy-test', 'exc-17b-lactation-fertility', 'exc-19-other-trials',
      ],
    ],
    ['ESLD-UCMSC-DOSE', ['inc-age', 'inc-consent', 'exc-02-transplant', 'exc-05-hiv', 'exc-06-interferon-steroids', 'exc-08-other-trials', 'exc-09a-pregnancy-test', 'exc-09b-breastfeeding']],
  ])('%s machine-checks %j and leaves the rest to judgement', (id, expected) => {
    expect(seed(id).eligibility.filter((c) => c.rule !== undefined).map((c) => c.id)).toEqual(expected);
  });

  it.each<[SeedId, string[]]>([
    ['NCT05985863', ['F1', 'F2', 'F3', 'F4', 'F5', 'F6']],
    ['NCT03668171', ['F7', 'F8', 'F9', 'F10', 'F11', 'F12']],
    ['NCT06884904', ['F13', 'F14']],
    ['NCT05121870', ['F15', 'F16', 'F17', 'F18']],
    ['ESLD-UCMSC-DOSE', ['F19', 'F20', 'F21']],
  ])('%s marks the domain flags %j that concern it', (id, flags) => {
    const marked = new Set(listAssumptions(seed(id)).map((a) => a.assumption.flag));
    for (const flag of flags) expect(marked, flag).toContain(flag);
  });

  it('the ESLD trial has no registry number yet (F19)', () => {
    expect(seed('ESLD-UCMSC-DOSE').registryId).toBe('pending');
  });
});
