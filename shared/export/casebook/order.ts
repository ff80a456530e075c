import type { Protocol } from '../../protocol';
import type { Casebook } from './casebook';
import type { EntryRow, VisitRow } from '../../events';

/**
 * Deterministic order for every export: visits as the protocol lists them (instances of a repeatable
 * visit by instance id), forms as the protocol lists them, records by id, items in form order.
 */
export interface ExportOrder {
  readonly visitRank: (visitDefId: string) => number;
  readonly formRank: (formId: string) => number;
}

export function exportOrder(protocol: Protocol): ExportOrder {
  const visits = new Map(protocol.visits.map((v, i) => [v.id, i]));
  const forms = new Map(protocol.forms.map((f, i) => [f.id, i]));
  return {
    visitRank: (id) => visits.get(id) ?? visits.size,
    formRank: (id) => forms.get(id) ?? forms.size,
  };
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The protocol visit an instance follows: scheduled visits are their own instance. */
export function visitDefOf(casebook: Casebook, visitId: string): string {
  return casebook.visits.find((v) => v.visitId === visitId)?.visitDefId ?? visitId;
}

export function compareVisits(order: ExportOrder) {
  return (a: Pick<VisitRow, 'visitDefId' | 'visitId'>, b: Pick<VisitRow, 'visitDefId' | 'visitId'>): number =>
    order.visitRank(a.visitDefId) - order.visitRank(b.visitDefId) || compareText(a.visitDefId, b.visitDefId) || compareText(a.visitId, b.visitId);
}

/** Entries of a casebook in export order (visit, form, record). */
export function orderedEntries(casebook: Casebook, order: ExportOrder): EntryRow[] {
  const visitOrder = compareVisits(order);
  const keyed = casebook.entries.map((entry) => ({ entry, visit: { visitId: entry.visitId, visitDefId: visitDefOf(casebook, entry.visitId) } }));
  keyed.sort(
    (a, b) =>
      visitOrder(a.visit, b.visit) ||
      order.formRank(a.entry.formId) - order.formRank(b.entry.formId) ||
      compareText(a.entry.formId, b.entry.formId) ||
      // The single record of a non-repeating form ('') sorts first.
      compareText(a.entry.recordId, b.entry.recordId),
  );
  return keyed.map((k) => k.entry);
}
