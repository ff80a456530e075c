import { describe, expect, it } from 'vitest';
import {
  HISTORY_ITEM_IDS,
  ITEM_IDS,
  STUDY_CONDUCT_ITEM_IDS,
  checkRange,
  convertToStored,
  getItem,
  unitSlipWarnings,
  type ItemDefinition,
  type ItemKind,
} from '../../../shared/catalogue';

function item(id: string): ItemDefinition {
  const found = getItem(id);
  if (!found.ok) throw new Error(`missing ${id}`);
  return found.value;
}

const codesOf = (id: string): string[] => {
  const d = item(id);
  return d.kind === 'choice' ? d.choices.map((c) => c.code) : [];
};

describe('medical history, disposition and randomisation items', () => {
  it('are appended after every earlier id, so no earlier id moved', () => {
    const added = [...HISTORY_ITEM_IDS, ...STUDY_CONDUCT_ITEM_IDS];
    expect(ITEM_IDS.slice(-added.length)).toEqual(added);
    expect(ITEM_IDS.indexOf('cldq29')).toBe(ITEM_IDS.length - added.length - 1);
  });

  it.each<[string, ItemKind]>([
    ['priorLiverTransplant', 'boolean'],
    ['onTransplantWaitingList', 'boolean'],
    ['priorTrialParticipation', 'boolean'],
    ['lastTrialParticipationDate', 'date'],
    ['decompensationOnsetDate', 'date'],
    ['copdGoldGrade', 'choice'],
    ['priorTips', 'boolean'],
    ['tipsDate', 'date'],
    ['antiviralTherapy', 'boolean'],
    ['antiviralStartDate', 'date'],
    ['aihSteroidTherapy', 'boolean'],
    ['aihSteroidStartDate', 'date'],
    ['priorImmunosuppressant', 'boolean'],
    ['lastImmunosuppressantDate', 'date'],
    ['priorInterferonOrGlucocorticoid', 'boolean'],
    ['lastInterferonOrGlucocorticoidDate', 'date'],
    ['breastfeeding', 'boolean'],
    ['preOnsetPlatelets', 'quantity'],
    ['preOnsetChildPugh', 'integer'],
    ['surgicalShuntHistory', 'boolean'],
    ['disposition', 'choice'],
    ['dispositionDate', 'date'],
    ['dispositionReason', 'text'],
    ['symptomsImproved', 'boolean'],
    ['randomisationNumber', 'text'],
    ['randomisationDateTime', 'datetime'],
  ])('%s is a %s item', (id, kind) => {
    expect(item(id).kind).toBe(kind);
  });

  it('eligibility dates are full dates: a partial date could not be placed in a rule window', () => {
    for (const id of [...HISTORY_ITEM_IDS, 'dispositionDate']) {
      const d = item(id);
      if (d.kind === 'date') expect(d.partialAllowed, id).toBe(false);
    }
  });

  it('grade COPD as no COPD or GOLD 0–4', () => {
    expect(codesOf('copdGoldGrade')).toEqual(['NONE', '0', '1', '2', '3', '4']);
  });

  it('list the disposition reasons, with the CDISC NCOMPLT term where one exists', () => {
    expect(codesOf('disposition')).toEqual(['COMPLETED', 'WITHDRAWN', 'LOST_TO_FOLLOW_UP', 'DIED', 'LIVER_TRANSPLANT', 'OTHER']);
    const d = item('disposition');
    const submission = d.kind === 'choice' ? Object.fromEntries(d.choices.map((c) => [c.code, c.submissionValue])) : {};
    expect(submission).toMatchObject({ COMPLETED: 'COMPLETED', LOST_TO_FOLLOW_UP: 'LOST TO FOLLOW-UP', DIED: 'DEATH', OTHER: 'OTHER' });
    expect(d.codes.cdisc).toMatchObject({ domain: 'DS', variable: 'DSDECOD' });
    expect(d.codes.note).toContain('not verified');
  });

  it('store the pre-onset platelet count like the platelet count, with its range, units and unit slip', () => {
    const pre = item('preOnsetPlatelets');
    const now = item('platelets');
    if (pre.kind !== 'quantity' || now.kind !== 'quantity') throw new Error('quantities');
    expect([pre.unit, pre.hardRange, pre.softRange, pre.decimals]).toEqual([now.unit, now.hardRange, now.softRange, now.decimals]);
    expect(pre.codes.cdisc).toMatchObject({ testCode: 'PLAT', cCode: 'C51951' });
    expect(convertToStored('preOnsetPlatelets', 49_000, 'cells/µL')).toEqual({ ok: true, value: 49 });
    expect(checkRange('preOnsetPlatelets', 0.5)).toEqual({ ok: true, value: 'hard-low' });
    expect(checkRange('preOnsetPlatelets', 49)).toEqual({ ok: true, value: 'ok' });
    expect(unitSlipWarnings('preOnsetPlatelets', 1000.5, '×10^9/L').map((w) => w.probableUnit)).toEqual(['cells/µL']);
  });

  it('bound the pre-onset Child-Pugh score to 5–15', () => {
    const ctp = item('preOnsetChildPugh');
    expect(ctp.kind === 'integer' && ctp.hardRange).toEqual({ min: 5, max: 15 });
    expect(checkRange('preOnsetChildPugh', 4)).toEqual({ ok: true, value: 'hard-low' });
    expect(checkRange('preOnsetChildPugh', 15)).toEqual({ ok: true, value: 'ok' });
    expect(checkRange('preOnsetChildPugh', 16)).toEqual({ ok: true, value: 'hard-high' });
  });

  it('mark every code they could not verify in codes.note', () => {
    for (const id of [...HISTORY_ITEM_IDS, ...STUDY_CONDUCT_ITEM_IDS]) {
      const { codes } = item(id);
      const verifiedLab = codes.cdisc?.cCode !== undefined;
      if (!verifiedLab && codes.cdisc?.variable === undefined) expect(codes.note, id).toBeDefined();
    }
  });

  it('name the terms in correct medical Chinese', () => {
    const expected: Record<string, string> = {
      priorLiverTransplant: '肝移植',
      onTransplantWaitingList: '肝移植等待名单',
      copdGoldGrade: '慢性阻塞性肺疾病',
      priorTips: '经颈静脉肝内门体分流术',
      aihSteroidStartDate: '自身免疫性肝炎',
      breastfeeding: '哺乳期',
      preOnsetPlatelets: '慢加急性肝衰竭',
      surgicalShuntHistory: '门体分流术',
      randomisationNumber: '随机号',
    };
    for (const [id, term] of Object.entries(expected)) expect(item(id).label.zh, id).toContain(term);
  });
});
