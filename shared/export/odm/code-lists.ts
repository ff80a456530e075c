import { MISSING_REASON_CODES, MISSING_REASONS, type ItemDefinition } from '../../catalogue';
import {
  FLAG_TYPE_CODE_LIST,
  itemCodeListOid,
  MISSING_REASON_CODE_LIST,
  QUALIFIER_CODE_LIST,
  YES_NO_CODE_LIST,
} from './odm-ids';
import { translatedIn } from './translated';
import { element } from './xml';

type Text = { readonly en: string; readonly zh: string };

interface Term {
  readonly code: string;
  readonly label: Text;
  readonly alias?: { readonly context: string; readonly name: string };
}

function codeListXml(oid: string, name: string, terms: readonly Term[]): string {
  return element(
    'CodeList',
    { OID: oid, Name: name, DataType: 'text' },
    ...terms.map((term, i) =>
      element(
        'CodeListItem',
        { CodedValue: term.code, OrderNumber: i + 1 },
        translatedIn('Decode', term.label),
        term.alias === undefined ? '' : element('Alias', { Context: term.alias.context, Name: term.alias.name }),
      ),
    ),
  );
}

/** Flags the writer puts on item values (Annotation/Flag/FlagType). */
export const FLAG_TYPES = {
  missingReason: 'MISSING_REASON',
  qualifier: 'RESULT_QUALIFIER',
  conflict: 'UNRESOLVED_CONFLICT',
} as const;

/** The choice list of a choice item; other kinds have none (yes/no items share CL.NY). */
export function itemCodeListXml(item: ItemDefinition): string {
  if (item.kind !== 'choice') return '';
  return codeListXml(
    itemCodeListOid(item.id),
    item.id,
    item.choices.map((c) => ({
      code: c.code,
      label: c.label,
      ...(c.submissionValue === undefined ? {} : { alias: { context: 'CDISC submission value', name: c.submissionValue } }),
    })),
  );
}

/** Code lists every file has: yes/no, missing reasons, result qualifiers and the flag types. */
export function appCodeListsXml(): string {
  return [
    codeListXml(YES_NO_CODE_LIST, 'NY', [
      { code: 'Y', label: { en: 'Yes', zh: '是' } },
      { code: 'N', label: { en: 'No', zh: '否' } },
    ]),
    codeListXml(
      MISSING_REASON_CODE_LIST,
      'MissingReason',
      MISSING_REASON_CODES.map((code) => ({
        code,
        label: MISSING_REASONS[code].label,
        alias: { context: 'HL7 NullFlavor', name: MISSING_REASONS[code].hl7NullFlavor },
      })),
    ),
    codeListXml(QUALIFIER_CODE_LIST, 'ResultQualifier', [
      { code: '<', label: { en: 'Below the reported limit', zh: '低于报告限' } },
      { code: '>', label: { en: 'Above the reported limit', zh: '高于报告限' } },
    ]),
    codeListXml(FLAG_TYPE_CODE_LIST, 'FlagType', [
      { code: FLAG_TYPES.missingReason, label: { en: 'Why the value is missing', zh: '缺失原因' } },
      { code: FLAG_TYPES.qualifier, label: { en: 'Result qualifier', zh: '结果限定符' } },
      { code: FLAG_TYPES.conflict, label: { en: 'Unresolved conflict between devices', zh: '设备间未解决的冲突' } },
    ]),
  ].join('');
}
