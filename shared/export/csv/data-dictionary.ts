import { getItem, type ItemDefinition } from '../../catalogue';
import { itemOid, type Protocol } from '../../protocol';
import { decimalText } from '../casebook/value-text';

/** One row per item of each form, in protocol order: what every column of the form CSVs means. */
export const DICTIONARY_COLUMNS = [
  'form',
  'form_title_en',
  'form_title_zh',
  'item',
  'item_oid',
  'label_en',
  'label_zh',
  'type',
  'required',
  'unit',
  'other_units',
  'hard_min',
  'hard_min_exclusive',
  'hard_max',
  'soft_low',
  'soft_high',
  'decimals',
  'max_length',
  'loinc',
  'cdisc_domain',
  'testcd',
  'cdisc_variable',
  'nci_code',
  'codelist',
] as const;

const num = (n: number | undefined): string => (n === undefined ? '' : decimalText(n));

/** "mg/dL (×17.1)": how a value in another unit converts to the stored one (stored = value × f + o). */
function otherUnits(item: ItemDefinition): string {
  if (item.kind !== 'quantity') return '';
  return item.alternativeUnits
    .map((u) => `${u.unit} (×${decimalText(u.factor)}${u.offset === undefined ? '' : ` ${u.offset < 0 ? '−' : '+'} ${decimalText(Math.abs(u.offset))}`})`)
    .join('; ');
}

/** "code=English/中文" per choice; yes/no items export Y/N. */
function codeList(item: ItemDefinition): string {
  if (item.kind === 'boolean') return 'Y=Yes/是; N=No/否';
  if (item.kind !== 'choice') return '';
  return item.choices.map((c) => `${c.code}=${c.label.en}/${c.label.zh}`).join('; ');
}

function itemColumns(item: ItemDefinition, entry: Protocol['forms'][number]['items'][number]): string[] {
  const numeric = item.kind === 'quantity' || item.kind === 'integer' ? item : undefined;
  // A protocol may set its own soft range for an item on a form; it replaces the catalogue's.
  const soft = entry.softRange ?? numeric?.softRange;
  const { loinc, cdisc } = item.codes;
  return [
    item.label.en,
    item.label.zh,
    item.kind,
    entry.required ? 'Y' : 'N',
    numeric?.unit ?? '',
    otherUnits(item),
    num(numeric?.hardRange.min),
    numeric === undefined ? '' : numeric.hardRange.minExclusive === true ? 'Y' : 'N',
    num(numeric?.hardRange.max),
    num(soft?.low),
    num(soft?.high),
    item.kind === 'quantity' ? String(item.decimals) : '',
    item.kind === 'text' ? String(item.maxLength) : '',
    (loinc ?? []).join('; '),
    cdisc?.domain ?? '',
    cdisc?.testCode ?? '',
    cdisc?.variable ?? '',
    cdisc?.cCode ?? '',
    codeList(item),
  ];
}

export function dictionaryRows(protocol: Protocol): string[][] {
  const rows: string[][] = [];
  for (const form of protocol.forms) {
    for (const entry of form.items) {
      const found = getItem(entry.item);
      if (!found.ok) continue;
      rows.push([form.id, form.title.en, form.title.zh, entry.item, itemOid(entry.item), ...itemColumns(found.value, entry)]);
    }
  }
  return rows;
}
