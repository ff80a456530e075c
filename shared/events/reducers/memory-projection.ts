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
  /*
   * Indexes kept by write(), so applying an event costs the same with 10 subjects or 10,000: the
   * subjects holding a code, and each subject's signatures (in the order `signatures` holds them).
   */
  private readonly subjectsByCode = new Map<string, Set<string>>();
  private readonly signaturesBySubject = new Map<string, Map<string, SignatureRow>>();

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
      subjectWithCode: subjectCode === undefined ? undefined : this.subjectWithCode(subjectCode),
      visit: visit === undefined ? undefined : this.visit(visit.subjectId, visit.visitId),
      entry: entry === undefined ? undefined : this.entry(entry),
      query: pick(this.queries, queryId),
      signature: pick(this.signatures, signatureId),
      validSignatures: signaturesOfSubject === undefined ? undefined : this.validSignaturesOf(signaturesOfSubject),
      protocol: protocol === undefined ? undefined : this.protocols.get(key(protocol.protocolId, protocol.version)),
      allocationList: pick(this.allocationLists, allocationListId),
    });
  }

  /** The first subject (in `subjects` order) with this code: what a scan of every subject would find. */
  private subjectWithCode(code: string): SubjectRow | undefined {
    const ids = this.subjectsByCode.get(code);
    if (ids === undefined || ids.size === 0) return undefined;
    if (ids.size === 1) return this.subjects.get(ids.values().next().value as string);
    return [...this.subjects.values()].find((s) => s.code === code);
  }

  /** The subject's valid signatures, in `signatures` order (a subject's own map is filled in the same order). */
  private validSignaturesOf(subjectId: string): SignatureRow[] {
    const own = this.signaturesBySubject.get(subjectId);
    if (own === undefined) return [];
    const valid: SignatureRow[] = [];
    for (const s of own.values()) if (s.status === 'valid') valid.push(s);
    return valid;
  }

  private putSubject(subject: SubjectRow): void {
    const before = this.subjects.get(subject.subjectId);
    if (before?.code !== undefined && before.code !== subject.code) this.subjectsByCode.get(before.code)?.delete(subject.subjectId);
    this.subjects.set(subject.subjectId, subject);
    if (subject.code === undefined) return;
    const ids = this.subjectsByCode.get(subject.code) ?? new Set<string>();
    this.subjectsByCode.set(subject.code, ids.add(subject.subjectId));
  }

  private putSignature(signature: SignatureRow): void {
    const before = this.signatures.get(signature.signatureId);
    if (before !== undefined && before.subjectId !== signature.subjectId) this.signaturesBySubject.get(before.subjectId)?.delete(signature.signatureId);
    this.signatures.set(signature.signatureId, signature);
    const own = this.signaturesBySubject.get(signature.subjectId) ?? new Map<string, SignatureRow>();
    this.signaturesBySubject.set(signature.subjectId, own.set(signature.signatureId, signature));
  }

  write(changes: RowChanges): void {
    const { subject, visit, entry, query, signatures, protocol, allocationList } = changes;
    if (subject !== undefined) this.putSubject(subject);
    if (visit !== undefined) this.visits.set(key(visit.subjectId, visit.visitId), visit);
    if (entry !== undefined) this.entries.set(entryMapKey(entry), entry);
    if (query !== undefined) this.queries.set(query.queryId, query);
    for (const s of signatures ?? []) this.putSignature(s);
    if (protocol !== undefined) this.protocols.set(key(protocol.protocolId, protocol.version), protocol);
    if (allocationList !== undefined) this.allocationLists.set(allocationList.listId, allocationList);
  }
}
