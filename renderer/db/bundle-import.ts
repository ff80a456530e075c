import type { EntryRow, ItemState, Role } from '../../shared/events';
import {
  itemsTouched,
  planImport,
  type BundleContents,
  type ImportPlan,
  type ItemConflict,
  type ItemRef,
} from '../../shared/export';
import { conflictQueryTarget, conflictQueryText, triageConflicts } from '../../shared/export/workflow/conflict-queries';
import { fail, ok, type Result } from '../../shared/lib/result';
import { appendForeignEvents, heldHeads, verifyAllChains, type ChainReport, type ForeignRejection } from './chain-repo';
import { rememberPeople } from './people-repo';
import { openQuery } from './queries-repo';
import { rebuildProjections } from './rebuild-projections';
import type { Store } from './store';
import { classifyWriteError, type WriteError } from './write-errors';

/** Who imports: the person in the session (system conflict queries are raised in their name). */
export interface Importer {
  readonly userId: string;
  readonly role: Role;
}

/** The store's current versions of the items a bundle changes, for planImport's conflict check. */
async function currentItems(store: Store, refs: readonly ItemRef[]): Promise<(ref: ItemRef) => ItemState | undefined> {
  const keyOf = (r: Pick<ItemRef, 'subjectId' | 'visitId' | 'formId' | 'recordId'>): string => JSON.stringify([r.subjectId, r.visitId, r.formId, r.recordId]);
  const keys = new Map<string, [string, string, string, string]>();
  for (const r of refs) keys.set(keyOf(r), [r.subjectId, r.visitId, r.formId, r.recordId]);
  const entries = await store.db.entries.bulkGet([...keys.values()]);
  const byKey = new Map<string, EntryRow>();
  for (const entry of entries) if (entry !== undefined) byKey.set(keyOf(entry), entry);
  return (ref) => byKey.get(keyOf(ref))?.items[ref.itemId];
}

/**
 * What importing a verified bundle (readBundle) would do to this store now: per device new, already
 * here, gap or fork; the new events; the conflicting items. Reads only.
 */
export async function planBundleImport(store: Store, bundle: BundleContents): Promise<ImportPlan> {
  const heads = await heldHeads(store);
  const items = await currentItems(store, itemsTouched(bundle.events));
  return planImport(heads, bundle, { ownDeviceId: store.deviceId, currentItems: items });
}

/** Why an import wrote nothing. */
export type ImportRefusal =
  /** Gap, fork or missing ancestor (the plan says which). */
  | { readonly kind: 'not-importable'; readonly plan: ImportPlan }
  /** The store refused the events (checked again against the stored chains). */
  | { readonly kind: 'refused'; readonly rejection: ForeignRejection }
  /** A conflict query could not be written. */
  | { readonly kind: 'query-failed'; readonly error: WriteError }
  | { readonly kind: 'write-failed'; readonly error: WriteError };

export interface ImportOutcome {
  readonly added: number;
  readonly alreadyStored: number;
  readonly plan: ImportPlan;
  /** Conflict queries raised, with the conflicts they are about. */
  readonly queries: readonly { readonly queryId: string; readonly conflict: ItemConflict }[];
  /** Conflicts whose item already had an open conflict query. */
  readonly alreadyQueried: readonly ItemConflict[];
  /** Concurrent versions that agree: reported, no query. */
  readonly agreeing: readonly ItemConflict[];
}

class Abort extends Error {
  constructor(readonly refusal: ImportRefusal) {
    super(refusal.kind);
  }
}

/**
 * Imports a verified bundle in ONE IndexedDB transaction: the plan is made again inside it (against the
 * heads and items as they are now), the new events are appended (appendForeignEvents, which checks the
 * chains again and skips events already stored) and every conflict becomes a system query on its item
 * (`query.opened`, `system: true`, in the importer's session), and the manifest's `people` join the
 * directory of known people (people-repo), all committed together or not at all.
 * Idempotent: a bundle imported before adds nothing and raises no query.
 */
export async function importBundle(store: Store, bundle: BundleContents, importer: Importer): Promise<Result<ImportOutcome, ImportRefusal>> {
  const { db } = store;
  // A refused step inside the transaction aborts it; Dexie may then reject with the inner step's own
  // error (a failed nested write rejects its parent), so the reason is kept here rather than read off it.
  let refusal: ImportRefusal | undefined;
  const abort = (why: ImportRefusal): never => {
    refusal = why;
    throw new Abort(why);
  };
  try {
    const outcome = await db.transaction('rw', [...db.writeTables, db.settings], async (): Promise<ImportOutcome> => {
      const plan = await planBundleImport(store, bundle);
      if (!plan.importable) abort({ kind: 'not-importable', plan });
      const appended = await appendForeignEvents(store, bundle.events);
      if (!appended.ok) return abort({ kind: 'refused', rejection: appended.issues });
      await rememberPeople(store, bundle.manifest.people ?? [], bundle.manifest.createdAt);
      const subjects = [...new Set(plan.conflicts.map((c) => c.item.subjectId))];
      const existing = subjects.length === 0 ? [] : await db.queries.where('subjectId').anyOf(subjects).toArray();
      const triage = triageConflicts(plan.conflicts, existing);
      const queries: { queryId: string; conflict: ItemConflict }[] = [];
      for (const conflict of triage.toQuery) {
        const subject = await db.subjects.get(conflict.item.subjectId);
        const ctx = {
          ...importer,
          protocolId: subject?.protocolId ?? bundle.manifest.protocol.id,
          protocolVersion: subject?.protocolVersion ?? bundle.manifest.protocol.version,
        };
        const opened = await openQuery(store, ctx, conflictQueryTarget(conflict.item), conflictQueryText(conflict), true);
        if (!opened.ok) return abort({ kind: 'query-failed', error: opened.issues });
        const { payload } = opened.value;
        queries.push({ queryId: 'queryId' in payload ? String(payload.queryId) : '', conflict });
      }
      return { added: appended.value.added, alreadyStored: appended.value.alreadyStored, plan, queries, alreadyQueried: triage.alreadyQueried, agreeing: triage.agreeing };
    });
    return ok(outcome);
  } catch (error) {
    if (refusal !== undefined) return fail(refusal);
    return fail({ kind: 'write-failed', error: classifyWriteError(error) });
  }
}

export interface RestoreOutcome extends ImportOutcome {
  /** Every chain after the restore, verified end to end. */
  readonly chains: readonly ChainReport[];
}

/**
 * Restores from a backup (or any full bundle): imports it as above (into an empty store or this one,
 * idempotently), then recomputes every projection from the whole log in one causal order
 * (rebuildProjections), then verifies every chain. See docs/guide-data-manager.md.
 */
export async function restoreFromBundle(store: Store, bundle: BundleContents, importer: Importer): Promise<Result<RestoreOutcome, ImportRefusal>> {
  const imported = await importBundle(store, bundle, importer);
  if (!imported.ok) return imported;
  const rebuilt = await rebuildProjections(store);
  if (!rebuilt.ok) return fail({ kind: 'write-failed', error: rebuilt.issues });
  return ok({ ...imported.value, chains: await verifyAllChains(store) });
}
