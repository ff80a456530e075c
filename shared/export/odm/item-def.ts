import { unitsOf, type ItemDefinition } from '../../catalogue';
import { decimalText } from '../casebook/value-text';
import { itemOid } from '../../protocol';
import { itemCodeListOid, measurementUnitOid, YES_NO_CODE_LIST } from './odm-ids';
import { translatedIn } from './translated';
import { element, textElement, type Attrs } from './xml';

/** ODM DataType and its facets for a catalogue item kind. */
function dataTypeOf(item: ItemDefinition): Attrs {
  switch (item.kind) {
    case 'quantity':
      return { DataType: 'float', SignificantDigits: item.decimals };
    case 'integer':
      return { DataType: 'integer' };
    case 'text':
      return { DataType: 'text', Length: item.maxLength };
    case 'date':
      return { DataType: item.partialAllowed ? 'partialDate' : 'date' };
    case 'datetime':
      // Entered as local date and minutes (YYYY-MM-DDTHH:mm), which only partialDatetime allows.
      return { DataType: 'partialDatetime' };
    case 'choice':
      return { DataType: 'text', Length: Math.max(...item.choices.map((c) => c.code.length)) };
    case 'boolean':
      return { DataType: 'text', Length: 1 };
  }
}

function rangeChecks(item: ItemDefinition): string[] {
  if (item.kind !== 'quantity' && item.kind !== 'integer') return [];
  const { min, max, minExclusive = false } = item.hardRange;
  const unit = item.unit;
  const unitRef = unit === undefined ? '' : element('MeasurementUnitRef', { MeasurementUnitOID: measurementUnitOid(unit) });
  const suffix = unit === undefined ? '' : ` ${unit}`;
  const check = (comparator: string, bound: number, sign: string) =>
    element(
      'RangeCheck',
      { Comparator: comparator, SoftHard: 'Hard' },
      textElement('CheckValue', {}, decimalText(bound)),
      unitRef,
      translatedIn('ErrorMessage', { en: `Must be ${sign} ${decimalText(bound)}${suffix}`, zh: `须 ${sign} ${decimalText(bound)}${suffix}` }),
    );
  return [minExclusive ? check('GT', min, '>') : check('GE', min, '≥'), check('LE', max, '≤')];
}

function codeListRef(item: ItemDefinition): string {
  if (item.kind === 'choice') return element('CodeListRef', { CodeListOID: itemCodeListOid(item.id) });
  if (item.kind === 'boolean') return element('CodeListRef', { CodeListOID: YES_NO_CODE_LIST });
  return '';
}

/** Codes that name the item elsewhere: LOINC, the SDTM test code or CDASH variable, NCI C-code. */
function aliases(item: ItemDefinition): string[] {
  const { loinc, cdisc } = item.codes;
  const alias = (context: string, name: string | undefined) => (name === undefined ? '' : element('Alias', { Context: context, Name: name }));
  return [
    alias('LOINC', loinc?.[0]),
    alias(`${cdisc?.domain ?? ''}TESTCD`, cdisc?.testCode),
    alias('CDASH', cdisc?.variable),
    alias(`${cdisc?.domain ?? ''}CAT`, cdisc?.category),
    alias('NCI C-code', cdisc?.cCode),
  ];
}

export function itemDefXml(item: ItemDefinition): string {
  return element(
    'ItemDef',
    { OID: itemOid(item.id), Name: item.id, ...dataTypeOf(item) },
    item.help === undefined ? '' : translatedIn('Description', item.help),
    translatedIn('Question', item.label),
    ...unitsOf(item).map((unit) => element('MeasurementUnitRef', { MeasurementUnitOID: measurementUnitOid(unit) })),
    ...rangeChecks(item),
    codeListRef(item),
    ...aliases(item),
  );
}
