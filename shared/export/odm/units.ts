import type { ItemDefinition } from '../../catalogue';
import { measurementUnitOid } from './odm-ids';
import { translatedIn } from './translated';
import { element, textElement } from './xml';

interface UnitInfo {
  readonly symbol: string;
  readonly label?: { readonly en: string; readonly zh: string };
}

/** Every unit an item can be stored or entered in, in order of first use, with a label where one exists. */
export function unitsOfItems(items: readonly ItemDefinition[]): UnitInfo[] {
  const units = new Map<string, UnitInfo>();
  const add = (symbol: string, label: UnitInfo['label']) => {
    if (!units.has(symbol)) units.set(symbol, label === undefined ? { symbol } : { symbol, label });
  };
  for (const item of items) {
    if (item.kind === 'quantity') {
      add(item.unit, item.unitLabel);
      for (const alt of item.alternativeUnits) add(alt.unit, alt.label);
    } else if (item.kind === 'integer' && item.unit !== undefined) {
      add(item.unit, item.unitLabel);
    }
  }
  return [...units.values()];
}

export const measurementUnitXml = (unit: UnitInfo): string =>
  element(
    'MeasurementUnit',
    { OID: measurementUnitOid(unit.symbol), Name: unit.symbol },
    unit.label === undefined ? element('Symbol', {}, textElement('TranslatedText', {}, unit.symbol)) : translatedIn('Symbol', unit.label),
  );
