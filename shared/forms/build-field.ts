/**
 * One field of the form model from a catalogue item and the protocol's use of it. The catalogue owns
 * kind, units and hard range; the protocol owns required, a soft-range override and a fixed value.
 */
import { MISSING_REASON_CODES, MISSING_REASONS, type ItemDefinition, type LocalizedText } from '../catalogue';
import { itemOid, type FormItem } from '../protocol';
import { assertNever } from '../lib/assert-never';
import { APPLICABILITY } from './applicability';
import type {
  Applicability,
  AssumptionNote,
  FieldModel,
  HardRangeModel,
  MissingReasonOption,
  SoftRangeModel,
  UnitOption,
} from './form-model';

type QuantityItem = Extract<ItemDefinition, { kind: 'quantity' }>;
type IntegerItem = Extract<ItemDefinition, { kind: 'integer' }>;

const asLabel = (unit: string, label: LocalizedText | undefined): LocalizedText => label ?? { en: unit, zh: unit };

/** NA only where "not applicable" can be true: fields with an applicability condition. */
function missingReasonsFor(applicability: Applicability | undefined): MissingReasonOption[] {
  return MISSING_REASON_CODES.filter((code) => code !== 'NA' || applicability !== undefined).map((code) => ({
    code,
    label: MISSING_REASONS[code].label,
    final: MISSING_REASONS[code].final,
  }));
}

function assumptionsFor(item: ItemDefinition, entry: FormItem): AssumptionNote[] {
  const fromCatalogue: AssumptionNote[] = item.assumption ? [{ source: 'catalogue', text: item.assumption }] : [];
  const fromProtocol = (entry.assumptions ?? []).map(
    (a): AssumptionNote => ({ source: 'protocol', flag: a.flag, text: { en: a.en, zh: a.zh } }),
  );
  return [...fromCatalogue, ...fromProtocol];
}

function hardRangeOf(item: QuantityItem | IntegerItem): HardRangeModel {
  return { min: item.hardRange.min, max: item.hardRange.max, minExclusive: item.hardRange.minExclusive ?? false };
}

/** The protocol's override replaces the catalogue range as a whole. */
function softRangeOf(item: QuantityItem | IntegerItem, entry: FormItem): { softRange?: SoftRangeModel } {
  const override = entry.softRange;
  const source = override !== undefined ? 'protocol' : 'catalogue';
  const range = override ?? item.softRange;
  if (range === undefined || (range.low === undefined && range.high === undefined)) return {};
  return {
    softRange: {
      ...(range.low === undefined ? {} : { low: range.low }),
      ...(range.high === undefined ? {} : { high: range.high }),
      source,
    },
  };
}

function quantityUnits(item: QuantityItem): UnitOption[] {
  const stored: UnitOption = {
    unit: item.unit,
    label: asLabel(item.unit, item.unitLabel),
    factor: 1,
    offset: 0,
    decimals: item.decimals,
    isStored: true,
  };
  const alternatives = item.alternativeUnits.map(
    (u): UnitOption => ({
      unit: u.unit,
      label: asLabel(u.unit, u.label),
      factor: u.factor,
      offset: u.offset ?? 0,
      decimals: u.decimals ?? item.decimals,
      isStored: false,
    }),
  );
  return [stored, ...alternatives];
}

const fixedOf = <T>(value: unknown, guard: (v: unknown) => v is T): { fixedValue?: T } =>
  guard(value) ? { fixedValue: value } : {};
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';

export function buildField(item: ItemDefinition, entry: FormItem): FieldModel {
  const applicability = APPLICABILITY[item.id];
  const base = {
    key: item.id,
    oid: itemOid(item.id),
    label: item.label,
    ...(item.help === undefined ? {} : { help: item.help }),
    required: entry.required,
    missingReasons: missingReasonsFor(applicability),
    ...(applicability === undefined ? {} : { applicability }),
    assumptions: assumptionsFor(item, entry),
    codes: item.codes,
  };
  const fixed = entry.fixedValue;
  switch (item.kind) {
    case 'quantity':
      return {
        ...base,
        kind: 'quantity',
        unit: item.unit,
        units: quantityUnits(item),
        decimals: item.decimals,
        hardRange: hardRangeOf(item),
        ...softRangeOf(item, entry),
        ...(item.softMaxRelativeChange === undefined ? {} : { softMaxRelativeChange: item.softMaxRelativeChange }),
        qualifierAllowed: item.qualifierAllowed,
        ...fixedOf(fixed, isNumber),
      };
    case 'integer': {
      const units: UnitOption[] =
        item.unit === undefined
          ? []
          : [{ unit: item.unit, label: asLabel(item.unit, item.unitLabel), factor: 1, offset: 0, decimals: 0, isStored: true }];
      return {
        ...base,
        kind: 'integer',
        ...(item.unit === undefined ? {} : { unit: item.unit }),
        units,
        hardRange: hardRangeOf(item),
        ...softRangeOf(item, entry),
        ...fixedOf(fixed, (v): v is number => isNumber(v) && Number.isInteger(v)),
      };
    }
    case 'text':
      return { ...base, kind: 'text', maxLength: item.maxLength, ...fixedOf(fixed, isString) };
    case 'date':
      return { ...base, kind: 'date', partialAllowed: item.partialAllowed, ...fixedOf(fixed, isString) };
    case 'datetime':
      return { ...base, kind: 'datetime', ...fixedOf(fixed, isString) };
    case 'choice':
      return {
        ...base,
        kind: 'choice',
        choices: item.choices.map((c) => ({ code: c.code, label: c.label })),
        ...fixedOf(fixed, (v): v is string => isString(v) && item.choices.some((c) => c.code === v)),
      };
    case 'boolean':
      return { ...base, kind: 'boolean', ...fixedOf(fixed, isBoolean) };
    default:
      return assertNever(item, 'item kind');
  }
}
