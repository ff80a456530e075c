/**
 * What a nurse would type into each field of a form at a visit: per catalogue item a plausible answer
 * from the subject's course (labs, wellbeing, weight, infusion, repeating-form rows), and for items the
 * demo does not know, a neutral answer by kind. Answers are text as typed; the form engine parses them.
 */
import type { FieldModel, FormModel } from '../forms';
import type { Dose } from '../protocol';
import { dateText, type RecordSpec } from './record-specs';
import { rowAnswer } from './row-answers';
import { value, yesNo, type Answer } from './answer';
import { localDateTime } from './demo-time';
import type { Random } from './random';
import type { SubjectCourse } from './subject-course';

export type { Answer } from './answer';

export interface InfusionFacts {
  readonly given: boolean;
  readonly start: number;
  readonly stop: number;
  readonly kitNumber: string;
  readonly lot: string;
  readonly dose: Dose | undefined;
  /** 'MSC' or 'PLACEBO' (unblinded truth). */
  readonly product: 'MSC' | 'PLACEBO';
}

export interface VisitFacts {
  readonly rng: Random;
  readonly course: SubjectCourse;
  readonly visitDay: number;
  readonly labs: Readonly<Record<string, number>>;
  readonly wellbeing: number;
  readonly weight: number;
  readonly infusion?: InfusionFacts;
  /** end-of-study / vital status: the subject's vital status and last known alive day. */
  readonly alive: boolean;
  readonly lastAliveDay: number;
  /** death or transplant form. */
  readonly outcomeDay?: number;
}

const clampInt = (x: number, min: number, max: number) => Math.round(Math.min(max, Math.max(min, x)));

function numberText(field: FieldModel, n: number): string {
  if (field.kind === 'integer') return String(Math.round(n));
  const decimals = field.kind === 'quantity' ? field.decimals : 1;
  return n.toFixed(decimals);
}

function cellsOf(facts: VisitFacts, infusion: InfusionFacts): { total?: number; perKg?: number } {
  const { dose } = infusion;
  const jitter = 1 + facts.rng.uniform(-0.04, 0.04);
  switch (dose?.kind) {
    case 'total-cells':
      return { total: dose.cellsPerInfusion * jitter, perKg: (dose.cellsPerInfusion * jitter) / facts.weight };
    case 'cells-per-kg':
      return { total: dose.cellsPerKg * jitter * facts.weight, perKg: dose.cellsPerKg * jitter };
    case 'cells-per-kg-range': {
      const perKg = facts.rng.uniform(dose.minCellsPerKg, dose.maxCellsPerKg);
      return { total: perKg * facts.weight, perKg };
    }
    default:
      return {};
  }
}

function clinicalAnswer(key: string, facts: VisitFacts): Answer | undefined {
  const { rng, wellbeing } = facts;
  const sick = 1 - wellbeing;
  switch (key) {
    case 'ascitesGrade':
      return value(String(clampInt(sick * 3.2 + rng.normal(0, 0.6), 0, 3)));
    case 'ascitesRefractory':
    case 'paracentesis':
    case 'vasopressors':
    case 'renalReplacement':
    case 'dialysisTwiceInPastWeek':
      return yesNo(key === 'paracentesis' ? rng.chance(0.15) : false);
    case 'heGrade':
      return value(rng.weighted([['0', 6 * wellbeing + 0.5], ['minimal', 1], ['1', sick * 1.5], ['2', sick * 0.6]]));
    case 'weight':
    case 'dosingWeight':
      return value(facts.weight.toFixed(1));
    case 'height':
      return value(facts.course.height.toFixed(0));
    case 'systolicBp':
      return value(String(clampInt(rng.normal(118, 12), 85, 170)));
    case 'diastolicBp':
      return value(String(clampInt(rng.normal(72, 8), 45, 80)));
    case 'heartRate':
      return value(String(clampInt(rng.normal(82, 10), 55, 120)));
    case 'respiratoryRate':
      return value(String(clampInt(rng.normal(18, 2), 12, 26)));
    case 'temperature':
      return value((rng.chance(0.01) ? 38.3 : rng.normal(36.7, 0.3)).toFixed(1));
    case 'spo2':
      return value(String(clampInt(rng.normal(97, 1.2), 92, 100)));
    case 'fio2':
      return value('21');
    case 'meanArterialPressure':
      return value(String(clampInt(rng.normal(88, 8), 65, 110)));
    default:
      return undefined;
  }
}

function screeningAnswer(key: string, facts: VisitFacts): Answer | undefined {
  const { course } = facts;
  switch (key) {
    case 'sex':
      return value(course.sex);
    case 'age':
      return value(String(course.age));
    case 'birthYear':
      return value(String(course.birthYear));
    case 'liverDiseaseEtiology':
      return value(course.etiology);
    case 'etiologyCategory':
      return value(course.etiology === 'ALCOHOL' ? '0' : '1');
    case 'consentDate':
      return value(dateText(course.screeningDay));
    case 'hivAntibody':
      return value('NEGATIVE');
    case 'pregnancyTest':
      return course.sex === 'F' && course.age < 55 ? value('NEGATIVE') : undefined;
    case 'hbvDna':
      return value('1.3', '<');
    case 'hbvDnaLlod':
      return value('1.3');
    default:
      return undefined;
  }
}

function infusionAnswer(key: string, field: FieldModel, facts: VisitFacts): Answer | undefined {
  const infusion = facts.infusion;
  if (infusion === undefined) return undefined;
  const cells = cellsOf(facts, infusion);
  switch (key) {
    case 'infusionGiven':
      return yesNo(infusion.given);
    case 'infusionNotGivenReason':
      return infusion.given ? undefined : value('Subject unwell on the day: infusion postponed by the investigator');
    case 'kitNumber':
      return value(infusion.kitNumber);
    case 'productLot':
      return value(infusion.lot);
    case 'productActual':
      return value(infusion.product);
    case 'infusionStart':
      return infusion.given ? value(localDateTime(infusion.start)) : undefined;
    case 'infusionStop':
      return infusion.given ? value(localDateTime(infusion.stop)) : undefined;
    case 'infusionVolume':
      return infusion.given ? value(numberText(field, facts.rng.pick([50, 80, 100]))) : undefined;
    case 'infusionRoute':
      return infusion.given ? value('INTRAVENOUS') : undefined;
    case 'infusionInterrupted':
    case 'infusionReaction':
      return infusion.given ? yesNo(false) : undefined;
    case 'totalCells':
      if (!infusion.given) return undefined;
      return cells.total === undefined ? { kind: 'missing', code: 'NA' } : value(numberText(field, cells.total));
    case 'dosePerKg':
      if (!infusion.given) return undefined;
      return cells.perKg === undefined ? { kind: 'missing', code: 'NA' } : value(numberText(field, cells.perKg));
    default:
      return undefined;
  }
}

function outcomeAnswer(key: string, facts: VisitFacts): Answer | undefined {
  const { rng } = facts;
  switch (key) {
    case 'lastKnownAliveDate':
      return value(dateText(facts.lastAliveDay));
    case 'vitalStatus':
      return value(facts.alive ? 'ALIVE' : 'DEAD');
    case 'deathDate':
    case 'ltDate':
      return facts.outcomeDay === undefined ? undefined : value(dateText(facts.outcomeDay));
    case 'deathCause':
      return value(rng.pick(['Liver failure', 'Multiple organ failure', 'Sepsis', 'Variceal haemorrhage']));
    case 'autopsy':
      return yesNo(false);
    case 'ltDonorType':
      return value(rng.chance(0.7) ? 'DDLT' : 'LDLT');
    default:
      return undefined;
  }
}

function questionnaireAnswer(key: string, facts: VisitFacts): Answer | undefined {
  const { rng, wellbeing } = facts;
  if (key === 'eq5dVas') return value(String(clampInt(35 + wellbeing * 50 + rng.normal(0, 8), 0, 100)));
  if (key.startsWith('eq5d')) return value(String(clampInt(1 + (1 - wellbeing) * 3 + rng.normal(0, 0.7), 1, 5)));
  if (key.startsWith('cldq')) return value(String(clampInt(2 + wellbeing * 4.5 + rng.normal(0, 0.8), 1, 7)));
  return undefined;
}

/** A neutral answer for an item the demo has no model of: inside its soft range, the first choice. */
function fallbackAnswer(field: FieldModel, facts: VisitFacts): Answer | undefined {
  switch (field.kind) {
    case 'quantity':
    case 'integer': {
      const low = field.softRange?.low ?? field.hardRange.min;
      const high = field.softRange?.high ?? field.hardRange.max;
      return value(numberText(field, Math.max(low, field.hardRange.min + 1e-9) + (high - low) * facts.rng.uniform(0.3, 0.6)));
    }
    case 'choice':
      return field.choices[0] === undefined ? undefined : value(field.choices[0].code);
    case 'boolean':
      return yesNo(false);
    case 'date':
      return value(dateText(facts.visitDay));
    case 'datetime':
      return value(`${dateText(facts.visitDay)}T10:00`);
    case 'text':
      return value('See source document');
  }
}

/** What the site types into each field of one record (or leaves empty: the field is not answered). */
export function answersFor(model: FormModel, facts: VisitFacts, row?: RecordSpec): Map<string, Answer> {
  const out = new Map<string, Answer>();
  for (const field of model.fields) {
    const key = field.key;
    const lab = facts.labs[key];
    const answer =
      row !== undefined
        ? (rowAnswer(key, row) ?? (field.required ? fallbackAnswer(field, facts) : undefined))
        : key === 'visitDate'
          ? value(dateText(facts.visitDay))
          : lab !== undefined
            ? value(numberText(field, lab))
            : (clinicalAnswer(key, facts) ??
              screeningAnswer(key, facts) ??
              infusionAnswer(key, field, facts) ??
              outcomeAnswer(key, facts) ??
              questionnaireAnswer(key, facts) ??
              (field.required ? fallbackAnswer(field, facts) : undefined));
    if (answer !== undefined) out.set(key, answer);
  }
  return out;
}
