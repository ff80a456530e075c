/**
 * How one item reads in the casebook: its label, and the version shown as a value (as typed and as
 * stored, with both units), a missing reason, or nothing. Labels come from the form model the visit
 * page draws (shared/forms); an item the model does not list (an amendment, a form built without an
 * allocation) falls back to the catalogue, then to its id.
 */
import { getItem, type LocalizedText } from '../catalogue';
import type { ItemState, ItemVersion } from '../events';
import { missingReasonOf } from '../export/casebook/missing-reason';
import { decimalText } from '../export/casebook/value-text';
import type { FieldKind, FieldModel } from '../forms';
import type { Bilingual, ItemShown, ShownValue, UnitText } from './casebook-types';

/** What the casebook needs to know about an item to word its value. */
export interface ItemInfo {
  readonly itemId: string;
  readonly label: Bilingual;
  readonly kind?: FieldKind;
  readonly choices: readonly { readonly code: string; readonly label: Bilingual }[];
  readonly units: readonly UnitText[];
}

const asLabel = (unit: string, label: LocalizedText | undefined): Bilingual => label ?? { en: unit, zh: unit };

export function infoOfField(field: FieldModel): ItemInfo {
  const units = field.kind === 'quantity' || field.kind === 'integer' ? field.units.map((u) => ({ code: u.unit, label: u.label })) : [];
  const choices = field.kind === 'choice' ? field.choices : [];
  return { itemId: field.key, label: field.label, kind: field.kind, choices, units };
}

/** From the catalogue alone (no protocol overrides), for items a form model does not list. */
export function infoOfCatalogue(itemId: string): ItemInfo {
  const found = getItem(itemId);
  if (!found.ok) return { itemId, label: { en: itemId, zh: itemId }, choices: [], units: [] };
  const item = found.value;
  const units: UnitText[] =
    item.kind === 'quantity'
      ? [{ code: item.unit, label: asLabel(item.unit, item.unitLabel) }, ...item.alternativeUnits.map((u) => ({ code: u.unit, label: asLabel(u.unit, u.label) }))]
      : item.kind === 'integer' && item.unit !== undefined
        ? [{ code: item.unit, label: asLabel(item.unit, item.unitLabel) }]
        : [];
  return { itemId, label: item.label, kind: item.kind, choices: item.kind === 'choice' ? item.choices : [], units };
}

const unitText = (info: ItemInfo, code: string | undefined): UnitText | undefined =>
  code === undefined ? undefined : (info.units.find((u) => u.code === code) ?? { code, label: { en: code, zh: code } });

function shownValue(info: ItemInfo, version: ItemVersion): ShownValue {
  const value = version.value;
  if (typeof value === 'number') {
    const storedUnit = unitText(info, version.unit);
    const enteredUnit = unitText(info, version.enteredUnit ?? version.unit);
    return {
      kind: 'number',
      entered: version.entered ?? decimalText(value),
      ...(enteredUnit === undefined ? {} : { enteredUnit }),
      stored: decimalText(value),
      ...(storedUnit === undefined ? {} : { storedUnit }),
      converted: version.enteredUnit !== undefined && version.enteredUnit !== version.unit,
      ...(version.qualifier === undefined ? {} : { qualifier: version.qualifier }),
    };
  }
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (Array.isArray(value) || info.kind === 'choice') {
    const codes = Array.isArray(value) ? value : [value ?? version.entered ?? ''];
    return {
      kind: 'choice',
      choices: codes.map((code) => {
        const label = info.choices.find((c) => c.code === code)?.label;
        return label === undefined ? { code } : { code, label };
      }),
    };
  }
  return { kind: 'text', text: value ?? version.entered ?? '' };
}

/** The version an item shows, worded as data: a value, a missing reason, or nothing (never entered, or cleared). */
export function itemShown(info: ItemInfo, state: ItemState | undefined): ItemShown {
  const version = state?.current;
  if (version === undefined || version.kind === 'cleared') return { kind: 'empty' };
  if (version.kind === 'missing') {
    const code = version.missing?.code ?? '';
    const reason = missingReasonOf(code);
    return {
      kind: 'missing',
      code: reason?.code ?? code,
      ...(reason === undefined ? {} : { label: reason.label }),
      ...(version.missing?.note === undefined ? {} : { note: version.missing.note }),
    };
  }
  return { kind: 'value', value: shownValue(info, version) };
}
