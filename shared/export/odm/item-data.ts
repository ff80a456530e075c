import type { ItemVersion } from '../../events';
import { itemOid } from '../../protocol';
import { missingCodeText } from '../casebook/missing-reason';
import { valueText } from '../casebook/value-text';
import { auditRecordXml } from './audit-record';
import { FLAG_TYPES } from './code-lists';
import { FLAG_TYPE_CODE_LIST, measurementUnitOid, MISSING_REASON_CODE_LIST, QUALIFIER_CODE_LIST, YES_NO_CODE_LIST } from './odm-ids';
import { element, textElement } from './xml';

export interface ItemDataInput {
  readonly itemId: string;
  readonly version: ItemVersion;
  /** Other devices hold versions made without seeing this one. */
  readonly conflict: boolean;
  /** Transactional files say what each ItemData does; snapshots do not. */
  readonly transactional: boolean;
  /** Units BasicDefinitions defines: a unit outside them is written as a comment, never a dangling ref. */
  readonly units: ReadonlySet<string>;
}

const flag = (value: string, valueList: string, type: string): string =>
  element(
    'Flag',
    {},
    textElement('FlagValue', { CodeListOID: valueList }, value),
    textElement('FlagType', { CodeListOID: FLAG_TYPE_CODE_LIST }, type),
  );

/**
 * Missing reasons, qualifiers ("<20"), what was typed in another unit, and conflicts, as one
 * Annotation: ItemData has no other place for them, and ODM's IsNull says only that there is no value.
 */
function annotationXml(version: ItemVersion, conflict: boolean, units: ReadonlySet<string>): string {
  const comments: string[] = [];
  const flags: string[] = [];
  if (version.kind === 'missing' && version.missing !== undefined) {
    flags.push(flag(missingCodeText(version.missing.code), MISSING_REASON_CODE_LIST, FLAG_TYPES.missingReason));
    if (version.missing.note !== undefined) comments.push(version.missing.note);
  }
  if (version.kind === 'value') {
    if (version.qualifier !== undefined) flags.push(flag(version.qualifier, QUALIFIER_CODE_LIST, FLAG_TYPES.qualifier));
    if (version.enteredUnit !== undefined && version.entered !== undefined) comments.push(`entered as ${version.entered} ${version.enteredUnit}`);
    if (version.unit !== undefined && !units.has(version.unit)) comments.push(`unit ${version.unit}`);
  }
  if (conflict) flags.push(flag('Y', YES_NO_CODE_LIST, FLAG_TYPES.conflict));
  if (comments.length === 0 && flags.length === 0) return '';
  return element(
    'Annotation',
    { SeqNum: 1 },
    comments.length === 0 ? '' : textElement('Comment', { SponsorOrSite: 'Site' }, comments.join('; ')),
    ...flags,
  );
}

/** One item's value (or its absence, with the reason) and the audit record of the change that made it. */
export function itemDataXml({ itemId, version, conflict, transactional, units }: ItemDataInput): string {
  const audit = auditRecordXml(version.stamp, { reason: version.reason });
  const oid = itemOid(itemId);
  switch (version.kind) {
    case 'cleared':
      // A snapshot has nothing to show for a cleared item; a transaction removes the value.
      return transactional ? element('ItemData', { ItemOID: oid, TransactionType: 'Remove' }, audit) : '';
    case 'missing':
      return element(
        'ItemData',
        { ItemOID: oid, TransactionType: transactional ? 'Upsert' : undefined, IsNull: 'Yes' },
        audit,
        annotationXml(version, conflict, units),
      );
    case 'value': {
      const unit = version.unit !== undefined && units.has(version.unit) ? version.unit : undefined;
      return element(
        'ItemData',
        { ItemOID: oid, TransactionType: transactional ? 'Upsert' : undefined, Value: version.value === undefined ? '' : valueText(version.value) },
        audit,
        unit === undefined ? '' : element('MeasurementUnitRef', { MeasurementUnitOID: measurementUnitOid(unit) }),
        annotationXml(version, conflict, units),
      );
    }
  }
}
