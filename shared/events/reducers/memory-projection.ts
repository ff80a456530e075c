import { compact } from '../compact';
import type { Issue } from '../../lib/result';
import type { CrfEvent, CrfEventDraft } from '../event-schema';
import { applyEvent } from './apply';
import { checkEvent } from './check';
import type { AllocationListRow, EntryRow, ProtocolRow, QueryRow, SignatureRow, SubjectRow, VisitRow } from './rows';
import { rowsTouchedBy, type EntryKey, type RowChanges, type RowRefs, type TouchedRows } from './touched';

const key = (...parts: readonly string[]) => JSON.stringify(parts);
export const entryMapKey = (k: EntryKey) => key(k.subjectId, k.visitId, k.formId, k.recordId);

/**
 * All projections in memory, for tools without a database (the command-line tool, the importer's
 * dry run, tests). The renderer's store loads and writes the same rows in IndexedDB instead.
 * NOTE: mutates itself; apply events in causal order.
 */
export class MemoryProjection {
  readonly subjects = new Map<string, SubjectRow>();
  readonly visits = new Map<string, VisitRow>();
  readonly entries = new Map<string, EntryRow>();
  readonly queries = new Map<string, QueryRow>();
  readonly signatures = new Map<string, SignatureRow>();
  readonly protocols = new Map<string, ProtocolRow>();
  readonly allocationLists = new Map<string, AllocationListRow>();

  check(draft: CrfEventDraft): Issue[] {
    return checkEvent(draft, this.rowsFor(rowsTouchedBy(draft)));
  }

  apply(event: CrfEvent): void {
    this.write(applyEvent(event, this.rowsFor(rowsTouchedBy(event))));
  }

  visit(subjectId: string, visitId: string): VisitRow | undefined {
    return this.visits.get(key(subjectId, visitId));
  }

  entry(k: EntryKey): EntryRow | undefined {
    return this.entries.get(entryMapKey(k));
  }

  rowsFor(refs: RowRefs): TouchedRows {
    const { subjectId, subjectCode, visit, entry, queryId, signatureId, signaturesOfSubject, protocol, allocationListId } = refs;
    const pick = <K, V>(map: ReadonlyMap<K, V>, k: K | undefined) => (k === undefined ? undefined : map.get(k));
    return compact({
      subject: pick(this.subjects, subjectId),
      subjectWithCode: subjectCode === undefined ? undefined : [...this.subjects.values()].find((s) => s.code === subjectCode),
      visit: visit === undefined ? undefined : this.visit(visit.subjectId, visit.visitId),
      entry: entry === undefined ? undefined : this.entry(entry),
      query: pick(this.queries, queryId),
      signature: pick(this.signatures, signatureId),
      validSignatures:
        signaturesOfSubject === undefined
          ? undefined
          : [...this.signatures.values()].filter((s) => s.subjectId === signaturesOfSubject && s.status === 'valid'),
      protocol: protocol === undefined ? undefined : this.protocols.get(key(protocol.protocolId, protocol.version)),
      allocationList: pick(this.allocationLists, allocationListId),
    });
  }

  write(changes: RowChanges): void {
    const { subject, visit, entry, query, signatures, protocol, allocationList } = changes;
    if (subject !== undefined) this.subjects.set(subject.subjectId, subject);
    if (visit !== undefined) this.visits.set(key(visit.subjectId, visit.visitId), visit);
    if (entry !== undefined) this.entries.set(entryMapKey(entry), entry);
    if (query !== undefined) this.queries.set(query.queryId, query);
    for (const s of signatures ?? []) this.signatures.set(s.signatureId, s);
    if (protocol !== undefined) this.protocols.set(key(protocol.protocolId, protocol.version), protocol);
    if (allocationList !== undefined) this.allocationLists.set(allocationList.listId, allocationList);
  }
}
