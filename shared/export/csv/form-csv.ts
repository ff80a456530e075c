import type { EntryRow, ItemState } from '../../events';
import type { Protocol } from '../../protocol';
import type { Casebook } from '../casebook/casebook';
import { missingCodeText } from '../casebook/missing-reason';
import { exportOrder, orderedEntries, visitDefOf, type ExportOrder } from '../casebook/order';
import { formLevelEntry, itemsInOrder, statusOf } from '../casebook/records';
import { valueText, yesNo } from '../casebook/value-text';

/**
 * One row per item value (or missing reason) of a form: the long format analysis tools pivot. The
 * value is in the stored (SI) unit; `entered` and `entered_unit` keep what the site typed (source data).
 */
export const FORM_CSV_COLUMNS = [
  'subject_id',
  'subject_code',
  'site',
  'visit',
  'visit_instance',
  'form',
  'record',
  'item',
  'value',
  'unit',
  'qualifier',
  'entered',
  'entered_unit',
  'missing_reason',
  'missing_note',
  'status',
  'conflict',
  'verified',
  'changed_at',
  'changed_by',
  'change_reason',
] as const;

function itemRow(casebook: Casebook, entry: EntryRow, status: EntryRow['status'], itemId: string, state: ItemState): string[] {
  const current = state.current;
  const missing = current.kind === 'missing' ? current.missing : undefined;
  return [
    casebook.subjectId,
    casebook.subject?.code ?? '',
    casebook.subject?.siteId ?? '',
    visitDefOf(casebook, entry.visitId),
    entry.visitId,
    entry.formId,
    entry.recordId,
    itemId,
    current.kind === 'value' && current.value !== undefined ? valueText(current.value) : '',
    current.kind === 'value' ? (current.unit ?? '') : '',
    current.qualifier ?? '',
    current.entered ?? '',
    current.enteredUnit ?? '',
    missing === undefined ? '' : missingCodeText(missing.code),
    missing?.note ?? '',
    status,
    yesNo(state.concurrent.length > 0),
    yesNo(state.sdv !== undefined),
    current.stamp.at,
    current.stamp.userId,
    current.reason ?? '',
  ];
}

/**
 * The rows of one form in one casebook: live records (removed rows of a repeating form stay in the
 * events and the ODM audit trail, not here), items in form order, cleared items left out.
 */
export function formCsvRows(casebook: Casebook, formId: string, formItems: readonly string[], order: ExportOrder): string[][] {
  const rows: string[][] = [];
  const ofForm = orderedEntries(casebook, order).filter((e) => e.formId === formId);
  for (const entry of ofForm) {
    if (entry.removed) continue;
    const status = statusOf(entry, formLevelEntry(ofForm.filter((e) => e.visitId === entry.visitId)));
    for (const itemId of itemsInOrder(entry, formItems)) {
      const state = entry.items[itemId];
      if (state !== undefined && state.current.kind !== 'cleared') rows.push(itemRow(casebook, entry, status, itemId, state));
    }
  }
  return rows;
}

/** Per form id, the item ids in form order: what formCsvRows needs from the protocol. */
export function formItemLists(protocol: Protocol): Map<string, string[]> {
  return new Map(protocol.forms.map((form) => [form.id, form.items.map((i) => i.item)]));
}

/** Rows of every form of a casebook at once, for writers that hold one CSV per form open. */
export function casebookCsvRows(protocol: Protocol, casebook: Casebook, order: ExportOrder = exportOrder(protocol)): Map<string, string[][]> {
  const lists = formItemLists(protocol);
  return new Map(protocol.forms.map((form) => [form.id, formCsvRows(casebook, form.id, lists.get(form.id) ?? [], order)]));
}
