import { describe, expect, it } from 'vitest';
import {
  CATALOGUE_ITEMS,
  ItemDefinition,
  MISSING_REASON_CODES,
  getItem,
  type LocalizedText,
} from '../../../shared/catalogue';

const HAN = /\p{Script=Han}/u;

/** Every text of an item a user may read, with where it sits. */
function textsOf(item: ItemDefinition): [string, LocalizedText][] {
  const texts: [string, LocalizedText][] = [['label', item.label]];
  if (item.help) texts.push(['help', item.help]);
  if (item.assumption) texts.push(['assumption', item.assumption]);
  if (item.kind === 'choice') for (const c of item.choices) texts.push([`choice ${c.code}`, c.label]);
  return texts;
}

function item(id: string): ItemDefinition {
  const found = getItem(id);
  if (!found.ok) throw new Error(`missing ${id}`);
  return found.value;
}

describe('item definitions', () => {
  it.each(CATALOGUE_ITEMS.map((i) => [i.id, i] as const))('%s parses with the ItemDefinition schema', (_id, definition) => {
    const parsed = ItemDefinition.safeParse(definition);
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues)).toBe(true);
  });

  it('schema rejects a soft range outside order and a quantity without a stored unit', () => {
    const bilirubin = item('bilirubin');
    expect(ItemDefinition.safeParse({ ...bilirubin, softRange: { low: 10, high: 5 } }).success).toBe(false);
    expect(ItemDefinition.safeParse({ ...bilirubin, unit: '' }).success).toBe(false);
    expect(ItemDefinition.safeParse({ ...bilirubin, label: { en: 'Total bilirubin' } }).success).toBe(false);
    expect(ItemDefinition.safeParse({ ...bilirubin, id: 'bun' }).success).toBe(false);
  });

  it('give every text in English and in Chinese', () => {
    for (const definition of CATALOGUE_ITEMS) {
      for (const [where, text] of textsOf(definition)) {
        expect(text.en.trim(), `${definition.id} ${where} en`).not.toBe('');
        expect(text.zh, `${definition.id} ${where} zh`).toMatch(HAN);
        expect(text.en, `${definition.id} ${where} en is not Chinese`).not.toMatch(HAN);
      }
    }
  });

  it('use the correct medical Chinese for key terms', () => {
    const expected: Record<string, string> = {
      bilirubin: '总胆红素',
      albumin: '白蛋白',
      pta: '凝血酶原活动度',
      inr: '国际标准化比值',
      creatinine: '肌酐',
      urea: '尿素',
      sodium: '血钠',
      ascitesGrade: '腹水',
      heGrade: '肝性脑病',
      aeTerm: '不良事件',
    };
    for (const [id, term] of Object.entries(expected)) expect(item(id).label.zh).toContain(term);

    // domain.md F5: ACLF is 慢加急性肝衰竭; bare 急性肝衰竭 means acute liver failure.
    const allZh = CATALOGUE_ITEMS.flatMap((d) => textsOf(d).map(([, t]) => t.zh)).join('\n');
    expect(allZh).toContain('慢加急性肝衰竭');
    expect(allZh.replaceAll('慢加急性肝衰竭', '')).not.toContain('急性肝衰竭');
  });

  it('keep every soft range inside its hard range', () => {
    for (const definition of CATALOGUE_ITEMS) {
      if (definition.kind !== 'quantity' && definition.kind !== 'integer') continue;
      const { min, max } = definition.hardRange;
      const soft = definition.softRange;
      if (soft?.low !== undefined) expect(soft.low, `${definition.id} soft low`).toBeGreaterThan(min);
      if (soft?.high !== undefined) expect(soft.high, `${definition.id} soft high`).toBeLessThan(max);
    }
  });

  it('allow the < / > qualifier on every numeric lab result, and on no vital sign', () => {
    for (const id of ['alt', 'ast', 'alp', 'bilirubin', 'albumin', 'prothrombinTime', 'pta', 'inr', 'creatinine', 'urea', 'sodium', 'wbc', 'platelets', 'cholinesterase', 'hbvDna', 'lactate']) {
      const definition = item(id);
      expect(definition.kind === 'quantity' && definition.qualifierAllowed, id).toBe(true);
    }
    for (const id of ['weight', 'systolicBp', 'heartRate', 'temperature', 'dosePerKg']) {
      const definition = item(id);
      expect(definition.kind === 'quantity' && definition.qualifierAllowed, id).toBe(false);
    }
  });

  it('mark productActual, and only it, as unblinded-only', () => {
    expect(CATALOGUE_ITEMS.filter((d) => d.unblindedOnly).map((d) => d.id)).toEqual(['productActual']);
  });

  it('never use a missing-reason code as a choice code', () => {
    const reasons = new Set<string>(MISSING_REASON_CODES);
    for (const definition of CATALOGUE_ITEMS) {
      if (definition.kind !== 'choice') continue;
      for (const choice of definition.choices) expect(reasons.has(choice.code), `${definition.id} ${choice.code}`).toBe(false);
      for (const choice of definition.choices) expect(choice.code).not.toBe('UNKNOWN');
    }
  });

  it('record the dose hard range 0 < x ≤ 1e7 cells/kg', () => {
    const dose = item('dosePerKg');
    expect(dose.kind === 'quantity' && dose.hardRange).toEqual({ min: 0, max: 1e7, minExclusive: true });
  });

  it('store CDISC value lists the way SDTM expects', () => {
    const codes = (id: string) => {
      const d = item(id);
      return d.kind === 'choice' ? d.choices.map((c) => c.code) : [];
    };
    expect(codes('aeGrade')).toEqual(['1', '2', '3', '4', '5']);
    expect(codes('aeRelated')).toEqual(['NOT RELATED', 'UNLIKELY RELATED', 'POSSIBLY RELATED', 'RELATED']);
    expect(codes('aeAction')).toEqual([
      'DOSE INCREASED',
      'DOSE NOT CHANGED',
      'DOSE RATE REDUCED',
      'DOSE REDUCED',
      'DRUG INTERRUPTED',
      'DRUG WITHDRAWN',
      'NOT APPLICABLE',
    ]);
    expect([...codes('aeOutcome')].sort()).toEqual(
      ['FATAL', 'NOT RECOVERED/NOT RESOLVED', 'RECOVERED/RESOLVED', 'RECOVERED/RESOLVED WITH SEQUELAE', 'RECOVERING/RESOLVING'].sort(),
    );
    expect(codes('heGrade')).toEqual(['0', 'minimal', '1', '2', '3', '4']);
    expect(codes('ascitesGrade')).toEqual(['0', '1', '2', '3']);
    expect(codes('ltDonorType')).toEqual(['DDLT', 'LDLT']);
    expect(codes('productActual')).toEqual(['MSC', 'PLACEBO']);
    const action = item('aeAction');
    expect(action.kind === 'choice' && action.unknownSubmissionValue).toBe('UNKNOWN');
  });
});
