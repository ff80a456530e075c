/**
 * A subject's course for the monitor's plots: MELD, Child-Pugh, bilirubin, INR, albumin and creatinine per
 * visit instance, placed in study weeks from day 1. Read from the projection rows as stored (values in
 * stored SI units); scores recomputed here with the form engine's `computeDerivations` from those values,
 * never read from anywhere else. Pure: no clock, no storage.
 */
import { convertToStored, getItem, type LocalizedText } from '../catalogue';
import { SINGLE_RECORD, type EntryRow, type ItemVersion, type SubjectRow, type VisitRow } from '../events';
import { computeDerivations, type DerivationResult, type StoredValue, type SubjectContext } from '../forms';
import { derivationModel } from '../forms/derivations/score-definitions';
import { fail, ok, type Issue, type Result } from '../lib/result';
import type { DerivedScoreId, Protocol } from '../protocol';
import { dayNumberOfStudyDay, formatLocalDate, parseLocalDate, studyDayOfDayNumber } from '../schedule';
import {
  PLOT_LABS,
  PLOT_MEASURES,
  type PlotCell,
  type PlotFlag,
  type PlotLabId,
  type PlotMeasureId,
  type PlotPoint,
  type PlotRange,
  type PlotRow,
  type PlotSeries,
  type SubjectSeries,
} from './plot-types';

export interface SubjectSeriesInput {
  /** The protocol version the subject's data was entered under. */
  readonly protocol: Protocol;
  readonly subject: Pick<SubjectRow, 'subjectId' | 'day1' | 'sex'>;
  /** The subject's visit rows (other subjects' rows are ignored). */
  readonly visits: Iterable<VisitRow>;
  /** The subject's entry rows (other subjects' rows are ignored). */
  readonly entries: Iterable<EntryRow>;
}

/** The MELD a protocol plots: its own formula where it defines one (NCT05121870), else OPTN/UNOS MELD. */
export function meldScoreOf(protocol: Pick<Protocol, 'scores'>): DerivedScoreId {
  return protocol.scores.includes('meldNct05121870') ? 'meldNct05121870' : 'meld';
}

interface LabRange {
  readonly hard: { readonly min: number; readonly max: number; readonly minExclusive: boolean };
  readonly soft?: { readonly low?: number; readonly high?: number };
  readonly unit: string;
  readonly unitLabel: LocalizedText;
  readonly label: LocalizedText;
  readonly decimals: number;
}

/** The catalogue's definition of a plotted lab, with the soft range the protocol's form gives it. */
function labRange(protocol: Protocol, lab: PlotLabId, formId: string | undefined): LabRange | undefined {
  const found = getItem(lab);
  if (!found.ok) return undefined;
  const item = found.value;
  if (item.kind !== 'quantity') return undefined;
  const forms = formId === undefined ? protocol.forms : protocol.forms.filter((f) => f.id === formId);
  const override = forms.flatMap((f) => f.items).find((i) => i.item === lab)?.softRange;
  // As the form engine builds fields: the protocol's override replaces the catalogue range as a whole.
  const soft = override ?? item.softRange;
  return {
    hard: { min: item.hardRange.min, max: item.hardRange.max, minExclusive: item.hardRange.minExclusive ?? false },
    ...(soft === undefined || (soft.low === undefined && soft.high === undefined) ? {} : { soft: { ...(soft.low === undefined ? {} : { low: soft.low }), ...(soft.high === undefined ? {} : { high: soft.high }) } }),
    unit: item.unit,
    unitLabel: item.unitLabel ?? { en: item.unit, zh: item.unit },
    label: item.label,
    decimals: item.decimals,
  };
}

/** Hard bounds inclusive (the minimum exclusive where the catalogue says so), soft thresholds strict. */
export function rangeOf(value: number, range: Pick<LabRange, 'hard' | 'soft'>): PlotRange {
  const { hard, soft } = range;
  if (hard.minExclusive ? value <= hard.min : value < hard.min) return 'hard-low';
  if (value > hard.max) return 'hard-high';
  if (soft?.low !== undefined && value < soft.low) return 'soft-low';
  if (soft?.high !== undefined && value > soft.high) return 'soft-high';
  return 'ok';
}

export const flagOf = (range: PlotRange): PlotFlag => (range === 'ok' ? 'none' : range.startsWith('hard') ? 'hard' : 'soft');

type LabReading =
  | { readonly kind: 'value'; readonly value: number; readonly qualifier?: '<' | '>'; readonly confirmed: boolean; readonly formId: string }
  | { readonly kind: 'missing'; readonly code: string };

/** A lab's shown version, in the stored unit (a version stored in another unit is converted). */
function readLab(lab: PlotLabId, version: ItemVersion, formId: string, storedUnit: string): LabReading | undefined {
  if (version.kind === 'missing' && version.missing !== undefined) return { kind: 'missing', code: version.missing.code };
  if (version.kind !== 'value' || typeof version.value !== 'number' || !Number.isFinite(version.value)) return undefined;
  let value = version.value;
  if (version.unit !== undefined && version.unit !== storedUnit) {
    const converted = convertToStored(lab, value, version.unit);
    if (!converted.ok) return undefined;
    value = converted.value;
  }
  return {
    kind: 'value',
    value,
    ...(version.qualifier === undefined ? {} : { qualifier: version.qualifier }),
    confirmed: version.softRangeConfirmed === true,
    formId,
  };
}

const isPlotLab = (key: string): key is PlotLabId => (PLOT_LABS as readonly string[]).includes(key);

interface VisitData {
  readonly values: Record<string, StoredValue>;
  readonly labs: Partial<Record<PlotLabId, LabReading>>;
}

/** The visit's single (non-repeating) forms merged, in the order the protocol lists them on the visit. */
function readVisit(entries: readonly EntryRow[], formOrder: readonly string[], storedUnits: ReadonlyMap<PlotLabId, string>): VisitData {
  const position = (formId: string) => {
    const i = formOrder.indexOf(formId);
    return i < 0 ? formOrder.length : i;
  };
  const sorted = [...entries].sort((a, b) => position(a.formId) - position(b.formId) || a.formId.localeCompare(b.formId));
  const values: Record<string, StoredValue> = {};
  const labs: Partial<Record<PlotLabId, LabReading>> = {};
  for (const entry of sorted) {
    for (const [itemId, state] of Object.entries(entry.items)) {
      const version = state.current;
      if (isPlotLab(itemId)) {
        if (labs[itemId]?.kind === 'value') continue;
        const unit = storedUnits.get(itemId);
        const reading = unit === undefined ? undefined : readLab(itemId, version, entry.formId, unit);
        if (reading === undefined) continue;
        labs[itemId] = reading;
        if (reading.kind === 'value') values[itemId] = reading.value;
        continue;
      }
      const v = version.kind === 'value' ? version.value : undefined;
      if (values[itemId] === undefined && (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean')) values[itemId] = v;
    }
  }
  return { values, labs };
}

function scoreCell(result: DerivationResult, labCells: Partial<Record<PlotMeasureId, PlotCell>>, inputs: readonly string[]): PlotCell {
  if (result.status === 'needs') return { kind: 'needs', message: result.message };
  if (result.status === 'not-computable') return { kind: 'not-computable', message: result.message };
  const flagged = PLOT_LABS.filter((lab) => {
    const cell = labCells[lab];
    return inputs.includes(lab) && cell?.kind === 'value' && cell.range !== 'ok';
  });
  return {
    kind: 'value',
    value: result.score,
    range: 'ok',
    ...(result.detail === undefined ? {} : { detail: result.detail }),
    ...(flagged.length === 0 ? {} : { flaggedInputs: flagged }),
  };
}

function pointOf(row: PlotRow, id: PlotMeasureId): PlotPoint | undefined {
  const cell = row.cells[id];
  if (cell?.kind !== 'value') return undefined;
  let flag = flagOf(cell.range);
  for (const lab of cell.flaggedInputs ?? []) {
    const input = row.cells[lab];
    const inputFlag = input?.kind === 'value' ? flagOf(input.range) : 'none';
    if (inputFlag === 'hard' || (inputFlag === 'soft' && flag === 'none')) flag = inputFlag;
  }
  return { visitId: row.visitId, week: row.week, value: cell.value, flag, ...(cell.qualifier === undefined ? {} : { qualifier: cell.qualifier }) };
}

/**
 * The subject's plotted course. Fails only when the subject has no (valid) day 1: before enrolment there is
 * no study week to place a visit on. Visits the protocol does not define, visits that cannot be dated and
 * visits without any plotted value, missing reason or score are left out; empty values are never points.
 */
export function subjectSeries(input: SubjectSeriesInput): Result<SubjectSeries, Issue[]> {
  const { protocol, subject } = input;
  const day1 = subject.day1 === undefined ? undefined : parseLocalDate(subject.day1);
  if (subject.day1 === undefined || day1 === undefined) return fail([{ path: ['day1'], message: 'the subject has no day 1 yet', severity: 'error' }]);

  const storedUnits = new Map<PlotLabId, string>();
  const labDefaults = new Map<PlotLabId, LabRange>();
  for (const lab of PLOT_LABS) {
    const range = labRange(protocol, lab, undefined);
    if (range === undefined) continue;
    storedUnits.set(lab, range.unit);
    labDefaults.set(lab, range);
  }

  const visitRows = new Map<string, VisitRow>();
  for (const row of input.visits) if (row.subjectId === subject.subjectId) visitRows.set(row.visitId, row);
  const entriesByVisit = new Map<string, EntryRow[]>();
  for (const entry of input.entries) {
    if (entry.subjectId !== subject.subjectId || entry.recordId !== SINGLE_RECORD || entry.removed) continue;
    const list = entriesByVisit.get(entry.visitId) ?? [];
    list.push(entry);
    entriesByVisit.set(entry.visitId, list);
  }

  const visitIds = [...new Set([...visitRows.keys(), ...entriesByVisit.keys()])];
  const read = visitIds.flatMap((visitId) => {
    const row = visitRows.get(visitId);
    const def = protocol.visits.find((v) => v.id === (row?.visitDefId ?? visitId));
    if (def === undefined) return [];
    return [{ visitId, row, def, data: readVisit(entriesByVisit.get(visitId) ?? [], def.forms, storedUnits) }];
  });

  // Facts about the subject held on one visit's forms (the NCT05121870 MELD etiology term at screening).
  const etiology = read.map((r) => r.data.values['etiologyCategory']).find((v) => v === '0' || v === '1');
  const sexValue = subject.sex ?? read.map((r) => r.data.values['sex']).find((v) => v === 'M' || v === 'F');
  const context: SubjectContext = {
    ...(sexValue === 'M' || sexValue === 'F' ? { sex: sexValue } : {}),
    ...(etiology === '0' || etiology === '1' ? { etiologyCategory: etiology } : {}),
  };
  const meldId = meldScoreOf(protocol);
  const scores = { meld: derivationModel(meldId), childPugh: derivationModel('childPugh') } as const;
  const measured = (inputs: readonly string[]) => inputs.filter((i) => isPlotLab(i) || i === 'ascitesGrade' || i === 'heGrade');

  const rows: PlotRow[] = [];
  for (const { visitId, row, def, data } of read) {
    const recordedDate = typeof data.values['visitDate'] === 'string' && parseLocalDate(data.values['visitDate']) !== undefined ? data.values['visitDate'] : undefined;
    const targetDay = def.week !== undefined ? def.week * 7 + 1 : def.day;
    const placed =
      row?.status === 'done' && row.visitDate !== undefined
        ? { date: row.visitDate, dateSource: 'actual' as const }
        : recordedDate !== undefined
          ? { date: recordedDate, dateSource: 'actual' as const }
          : targetDay !== undefined
            ? { date: formatLocalDate(dayNumberOfStudyDay(day1, targetDay)), dateSource: 'target' as const }
            : row?.startedOn !== undefined
              ? { date: row.startedOn, dateSource: 'actual' as const }
              : undefined;
    const dayNumber = placed === undefined ? undefined : parseLocalDate(placed.date);
    if (placed === undefined || dayNumber === undefined) continue;

    const cells: Partial<Record<PlotMeasureId, PlotCell>> = {};
    for (const lab of PLOT_LABS) {
      const reading = data.labs[lab];
      if (reading === undefined) continue;
      if (reading.kind === 'missing') {
        cells[lab] = { kind: 'missing', code: reading.code };
        continue;
      }
      const range = labRange(protocol, lab, reading.formId) ?? labDefaults.get(lab);
      cells[lab] = {
        kind: 'value',
        value: reading.value,
        range: range === undefined ? 'ok' : rangeOf(reading.value, range),
        ...(reading.qualifier === undefined ? {} : { qualifier: reading.qualifier }),
        ...(reading.confirmed ? { confirmed: true } : {}),
      };
    }
    for (const id of ['meld', 'childPugh'] as const) {
      const model = scores[id];
      if (!measured(model.inputs).some((i) => data.values[i] !== undefined)) continue;
      const [result] = computeDerivations({ derivations: [model] }, data.values, { subject: context });
      if (result !== undefined) cells[id] = scoreCell(result, cells, model.inputs);
    }
    if (Object.keys(cells).length === 0) continue;
    rows.push({
      visitId,
      visitDefId: def.id,
      kind: row?.kind ?? 'scheduled',
      label: def.label,
      ...placed,
      studyDay: studyDayOfDayNumber(day1, dayNumber),
      week: (dayNumber - day1) / 7,
      cells,
    });
  }
  const kindRank = (kind: PlotRow['kind']) => (kind === 'scheduled' ? 0 : 1);
  rows.sort((a, b) => a.week - b.week || kindRank(a.kind) - kindRank(b.kind) || a.visitId.localeCompare(b.visitId));

  const series = PLOT_MEASURES.map((id): PlotSeries => {
    const points = rows.flatMap((row) => pointOf(row, id) ?? []);
    if (id === 'meld' || id === 'childPugh') {
      const scoreId = scores[id].id;
      return { id, kind: 'score', label: scores[id].label, scoreId, decimals: 0, points };
    }
    const range = labDefaults.get(id);
    return {
      id,
      kind: 'lab',
      label: range?.label ?? { en: id, zh: id },
      // INR is a ratio: no unit after its name.
      ...(range === undefined ? {} : { hardRange: range.hard }),
      ...(range === undefined || range.unit === 'ratio' ? {} : { unit: range.unitLabel }),
      ...(range?.soft === undefined ? {} : { softRange: range.soft }),
      decimals: range?.decimals ?? 2,
      points,
    };
  });
  return ok({ day1: subject.day1, rows, series });
}
