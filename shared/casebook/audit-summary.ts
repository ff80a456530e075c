/**
 * The audit summary of a casebook: per form of each visit, how many changes the log holds (values,
 * missing reasons, clearings, rows added or removed, completions and reopenings), the first and the
 * last, who made them, and every change made with a reason for change. SDV, queries and signatures are
 * listed in their own parts. Hidden forms and items (blinding) are left out.
 */
import { stampOf, type CrfEvent } from '../events';
import type { Protocol } from '../protocol';
import type { Bilingual, FormAudit, ReasonedChange } from './casebook-types';
import { infoOfCatalogue } from './item-shown';
import { recordKey, type RecordNumbers } from './record-numbers';
import type { Visibility } from './visibility';

const CHANGE_TYPES: ReadonlySet<CrfEvent['type']> = new Set([
  'item.valueSet',
  'item.missingReasonSet',
  'item.cleared',
  'record.added',
  'record.removed',
  'form.completed',
  'form.reopened',
]);

export interface AuditInput {
  /** The subject's events in time order. */
  readonly events: readonly CrfEvent[];
  readonly protocol: Protocol;
  readonly visibility: Visibility;
  readonly numbers: RecordNumbers;
  /** Casebook order of the visit instances, and their labels. */
  readonly visitOrder: ReadonlyMap<string, number>;
  readonly visitLabel: (visitId: string) => Bilingual;
}

function whatOf(e: CrfEvent, numbers: RecordNumbers): ReasonedChange['what'] {
  const number = e.visitId !== undefined && e.formId !== undefined && e.recordId !== undefined ? numbers.get(recordKey(e.visitId, e.formId, e.recordId)) : undefined;
  const row = number === undefined ? {} : { recordNumber: number };
  if ((e.type === 'item.valueSet' || e.type === 'item.missingReasonSet' || e.type === 'item.cleared') && e.itemId !== undefined) {
    return { kind: 'item', itemId: e.itemId, label: infoOfCatalogue(e.itemId).label, ...row };
  }
  if (e.type === 'record.removed') return { kind: 'record-removed', ...row };
  if (e.type === 'form.reopened') return { kind: 'form-reopened' };
  return { kind: 'other', type: e.type };
}

export function auditSummary(input: AuditInput): FormAudit[] {
  const { events, protocol, visibility, numbers, visitOrder, visitLabel } = input;
  const groups = new Map<string, CrfEvent[]>();
  for (const e of events) {
    if (!CHANGE_TYPES.has(e.type) || e.visitId === undefined || e.formId === undefined) continue;
    if (!visibility.place({ formId: e.formId, itemId: e.itemId })) continue;
    const key = `${e.visitId}\u0000${e.formId}`;
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [e]);
    else list.push(e);
  }
  const formRank = new Map(protocol.forms.map((f, i) => [f.id, i]));
  const audits: FormAudit[] = [];
  for (const changes of groups.values()) {
    const [first] = changes;
    const last = changes.at(-1);
    if (first === undefined || last === undefined || first.visitId === undefined || first.formId === undefined) continue;
    const who = new Map<string, { userId: string; role: CrfEvent['role']; changes: number }>();
    for (const e of changes) {
      const key = `${e.userId}\u0000${e.role}`;
      const known = who.get(key) ?? { userId: e.userId, role: e.role, changes: 0 };
      who.set(key, { ...known, changes: known.changes + 1 });
    }
    const formId = first.formId;
    audits.push({
      visitId: first.visitId,
      visitLabel: visitLabel(first.visitId),
      formId,
      formTitle: protocol.forms.find((f) => f.id === formId)?.title ?? { en: formId, zh: formId },
      changes: changes.length,
      first: stampOf(first),
      last: stampOf(last),
      who: [...who.values()],
      withReason: changes.flatMap((e) => (e.reason === undefined ? [] : [{ stamp: stampOf(e), reason: e.reason, what: whatOf(e, numbers) }])),
    });
  }
  const rank = (visitId: string) => visitOrder.get(visitId) ?? visitOrder.size;
  return audits.sort(
    (a, b) =>
      rank(a.visitId) - rank(b.visitId) ||
      (a.visitId < b.visitId ? -1 : a.visitId > b.visitId ? 1 : 0) ||
      (formRank.get(a.formId) ?? formRank.size) - (formRank.get(b.formId) ?? formRank.size) ||
      (a.formId < b.formId ? -1 : a.formId > b.formId ? 1 : 0),
  );
}
