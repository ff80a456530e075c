import {
  applyEvent,
  checkEvent,
  headOf,
  parseEventDraft,
  rowsTouchedBy,
  sealEvent,
  type CrfEvent,
  type CrfEventDraft,
  type KnownHeads,
  type Role,
  type TouchedRows,
} from '../../shared/events';
import { fail, ok, type Result } from '../../shared/lib/result';
import type { CrfDatabase, HeldHeads } from './database';
import { loadRows, saveChanges } from './projection-io';
import { rolePolicyIssues } from './role-policy';
import type { Store } from './store';
import { classifyWriteError, RejectedWrite, type WriteError } from './write-errors';

/** Who is acting, and under which protocol version the data is entered. */
export interface WriteContext {
  readonly userId: string;
  readonly role: Role;
  readonly protocolId: string;
  readonly protocolVersion: string;
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A draft without what the store fills in: id, device, time, actor, protocol, knownHeads. */
export type EventInput = DistributiveOmit<
  CrfEventDraft,
  'id' | 'deviceId' | 'at' | 'userId' | 'role' | 'protocolId' | 'protocolVersion' | 'knownHeads'
>;

export interface CommitOptions {
  /** Skip the write (and return null) when the event would change nothing, e.g. an autosave repeat. */
  readonly skipWhen?: (draft: CrfEventDraft, rows: TouchedRows) => boolean;
  /** More writes that belong to the same transaction (e.g. the imported document itself). */
  readonly alsoWrite?: (db: CrfDatabase) => Promise<unknown>;
}

export async function readForeignHeads(db: CrfDatabase): Promise<HeldHeads> {
  const row = await db.meta.get('foreignHeads');
  return row?.key === 'foreignHeads' ? row.heads : {};
}

const knownHeadsOf = (heads: HeldHeads): KnownHeads =>
  Object.fromEntries(Object.values(heads).map((h) => [h.deviceId, h.seq]));

/**
 * The one way a local change enters the store. In a single read-write transaction over every
 * table an event touches: read the chain head and the rows, check the role policy (shared/policy)
 * and the domain rules, seal, add the event, move the head, write the projections. Either all of
 * it commits or none of it does, and because every write uses the same tables, writes run one at
 * a time: seq has no gaps.
 *
 * NOTE: nothing inside the transaction awaits anything but Dexie: hashing is synchronous, and an
 * await on another promise would let IndexedDB commit the transaction half-way.
 *
 * The promise resolves only after the transaction committed: that is what "acknowledged" means.
 */
export async function commitEvent(
  store: Store,
  ctx: WriteContext,
  input: EventInput,
  options: CommitOptions = {},
): Promise<Result<CrfEvent | null, WriteError>> {
  const { db } = store;
  try {
    const event = await db.transaction('rw', db.writeTables, async () => {
      // The rows an event touches follow from its scope, not from knownHeads: parse first, then read the
      // chain head, the heads of other chains and the rows in one round of requests.
      const at = store.clock().toISOString();
      // The role policy is a rule of the repository, not only of the UI: a refused write stores nothing.
      // Judged on the acting role before parsing: an administrator's session has a role no event carries.
      const forbidden = rolePolicyIssues({ type: input.type, payload: input.payload, userId: ctx.userId, role: ctx.role, at }, db);
      if (forbidden.length > 0) throw new RejectedWrite(forbidden);
      const parsed = parseEventDraft({ ...input, ...ctx, id: store.newId(), deviceId: store.deviceId, at });
      if (!parsed.ok) throw new RejectedWrite(parsed.issues);
      const [head, foreign, rows] = await Promise.all([db.meta.get('chainHead'), readForeignHeads(db), loadRows(db, rowsTouchedBy(parsed.value))]);
      const knownHeads = knownHeadsOf(foreign);
      const draft: CrfEventDraft = Object.keys(knownHeads).length > 0 ? { ...parsed.value, knownHeads } : parsed.value;
      // Before the rules: repeating what is already stored is a no-op even where a change would need a reason.
      if (options.skipWhen?.(draft, rows) === true) return null;
      const issues = checkEvent(draft, rows);
      if (issues.length > 0) throw new RejectedWrite(issues);
      // sealEvent parses the draft again, knownHeads included.
      const sealed = sealEvent(draft, head?.key === 'chainHead' ? headOf(head) : null);
      if (!sealed.ok) throw new RejectedWrite(sealed.issues);
      // Issued together, in this order; IndexedDB runs them in order, and any failure aborts them all.
      await Promise.all([
        db.events.add(sealed.value),
        db.meta.put({ key: 'chainHead', ...headOf(sealed.value) }),
        saveChanges(db, applyEvent(sealed.value, rows)),
        options.alsoWrite?.(db),
      ]);
      return sealed.value;
    });
    return ok(event);
  } catch (error) {
    return fail(classifyWriteError(error));
  }
}

/** commitEvent for writes that always produce an event. */
export async function writeEvent(store: Store, ctx: WriteContext, input: EventInput, alsoWrite?: CommitOptions['alsoWrite']): Promise<Result<CrfEvent, WriteError>> {
  const result = await commitEvent(store, ctx, input, alsoWrite === undefined ? {} : { alsoWrite });
  if (!result.ok) return result;
  return result.value === null ? fail({ kind: 'unknown', message: 'the write was skipped' }) : ok(result.value);
}
