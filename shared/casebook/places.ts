/**
 * Queries and signatures of a casebook, each with the place it is about worded from the protocol
 * (visit label, form title, row number, item label). Blinded roles see none about a hidden form or item.
 */
import type { QueryRow, SignatureRow } from '../events';
import type { Protocol } from '../protocol';
import type { Bilingual, CasebookPlace, CasebookQuery, CasebookSignature } from './casebook-types';
import { infoOfCatalogue } from './item-shown';
import { recordKey, type RecordNumbers } from './record-numbers';
import type { Visibility } from './visibility';

export interface PlaceContext {
  readonly protocol: Protocol;
  readonly visibility: Visibility;
  readonly numbers: RecordNumbers;
  readonly visitOrder: ReadonlyMap<string, number>;
  readonly visitLabel: (visitId: string) => Bilingual;
}

interface Scope {
  readonly visitId?: string | undefined;
  readonly formId?: string | undefined;
  readonly recordId?: string | undefined;
  readonly itemId?: string | undefined;
}

export function placeOf(scope: Scope, context: PlaceContext): CasebookPlace {
  const { visitId, formId, recordId, itemId } = scope;
  const number = visitId !== undefined && formId !== undefined && recordId !== undefined && recordId !== '' ? context.numbers.get(recordKey(visitId, formId, recordId)) : undefined;
  return {
    ...(visitId === undefined ? {} : { visit: { visitId, label: context.visitLabel(visitId) } }),
    ...(formId === undefined ? {} : { form: { formId, title: context.protocol.forms.find((f) => f.id === formId)?.title ?? { en: formId, zh: formId } } }),
    ...(recordId === undefined || recordId === '' ? {} : { record: number === undefined ? { recordId } : { recordId, number } }),
    ...(itemId === undefined ? {} : { item: { itemId, label: infoOfCatalogue(itemId).label } }),
  };
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Visible queries: by visit (queries about the subject itself first), then oldest first. */
export function casebookQueries(queries: readonly QueryRow[], context: PlaceContext): CasebookQuery[] {
  const rank = (q: QueryRow) => (q.visitId === undefined ? -1 : (context.visitOrder.get(q.visitId) ?? context.visitOrder.size));
  const opened = (q: QueryRow) => q.history[0]?.stamp.at ?? q.updated.at;
  return queries
    .filter((q) => context.visibility.place(q))
    .sort((a, b) => rank(a) - rank(b) || compareText(opened(a), opened(b)) || compareText(a.queryId, b.queryId))
    .map((q) => ({ queryId: q.queryId, status: q.status, system: q.system, text: q.text, place: placeOf(q, context), history: q.history }));
}

/** Visible signatures, oldest first. */
export function casebookSignatures(signatures: readonly SignatureRow[], context: PlaceContext): CasebookSignature[] {
  return signatures
    .filter((s) => context.visibility.form(s.formId))
    .sort((a, b) => compareText(a.applied.at, b.applied.at) || compareText(a.signatureId, b.signatureId))
    .map((s) => ({
      signatureId: s.signatureId,
      level: s.level,
      place: placeOf({ visitId: s.visitId, formId: s.formId }, context),
      signerName: s.signerName,
      meaning: s.meaning,
      status: s.status,
      applied: s.applied,
      ...(s.ended === undefined ? {} : { ended: s.ended }),
    }));
}
