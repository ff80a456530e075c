/**
 * The part of the item catalogue the protocol parser and the eligibility evaluator need. It is a
 * structural type, so shared/catalogue's definitions satisfy it and tests can pass a small fake.
 */

export type CatalogueItemKind = 'quantity' | 'integer' | 'text' | 'date' | 'datetime' | 'choice' | 'boolean';

export interface CatalogueItemView {
  readonly id: string;
  readonly kind: CatalogueItemKind;
  readonly label: { readonly en: string; readonly zh: string };
  /** The stored unit (quantities; optional for integers). */
  readonly unit?: string | undefined;
  /** How the stored unit reads in each language, when it is a word (years → 岁). */
  readonly unitLabel?: { readonly en: string; readonly zh: string } | undefined;
  /** stored = value × factor + offset. */
  readonly alternativeUnits?: readonly { readonly unit: string; readonly factor: number; readonly offset?: number | undefined }[] | undefined;
  readonly hardRange?: { readonly min: number; readonly max: number } | undefined;
  readonly choices?: readonly { readonly code: string }[] | undefined;
  /** The item reveals the allocation: it may only sit on an unblinded-only form. */
  readonly unblindedOnly?: boolean | undefined;
}

export interface ProtocolCatalogue {
  /** The item with this id, or undefined when the catalogue has none. */
  readonly getItem: (id: string) => CatalogueItemView | undefined;
}

export const isNumericKind = (kind: CatalogueItemKind): boolean => kind === 'quantity' || kind === 'integer';

/** The units a value of this item may be given in: the stored one first. */
export function unitsOf(item: CatalogueItemView): string[] {
  const stored = item.unit === undefined ? [] : [item.unit];
  return [...stored, ...(item.alternativeUnits ?? []).map((u) => u.unit)];
}

/** Converts a value given in `unit` to the item's stored unit; undefined for a unit the item does not have. */
export function toStoredUnit(item: CatalogueItemView, value: number, unit: string | undefined): number | undefined {
  if (unit === undefined || unit === item.unit) return value;
  const alternative = (item.alternativeUnits ?? []).find((u) => u.unit === unit);
  if (alternative === undefined) return undefined;
  // Snap to 12 significant digits so 5 mg/dL of bilirubin is exactly 85.5 µmol/L at a rule's boundary.
  return Number((value * alternative.factor + (alternative.offset ?? 0)).toPrecision(12));
}
