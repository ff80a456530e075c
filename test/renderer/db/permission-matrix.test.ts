import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chainHead,
  closeStore,
  deleteStoreDatabase,
  openStore,
  readSecurityLog,
  type EventInput,
  type Store,
  type WriteContext,
} from '../../../renderer/db';
import { commitEvent } from '../../../renderer/db/write-event';
import { EVENT_TYPES, type CrfEvent, type CrfEventDraft, type EventType, type Role } from '../../../shared/events';
import { POLICY_ROLES, type PolicyRole } from '../../../shared/policy';
import { draftsFor, LAB, PROTOCOL, type Scope } from '../../shared/events/builders';
import { openTestStore } from './helpers';

/*
 * Issue 7: every command against every role, through the repository layer (commitEvent).
 *
 * The expected matrix is written out here from the principles in the header of
 * shared/policy/permissions.ts, NOT derived from PERMISSIONS, so that a change to the policy table
 * that breaks a principle fails this test:
 * - site staff (nurse, investigator; the pharmacist on unblinded forms) enter and correct data:
 *   subject- and visit-level events are nurse + investigator; form data (items, records, completion,
 *   reopening) also the pharmacist; answering a query is correcting data, so the same three;
 * - monitors never change values: they raise, close and reopen queries and mark/unmark SDV;
 * - only the investigator signs (and so voids a signature);
 * - data managers import protocol versions and allocation lists;
 * - the application raises system queries in the session of whoever works with data;
 * - the administrator appends no trial data at all.
 */
const SITE_STAFF: readonly PolicyRole[] = ['nurse', 'investigator'];
const DATA_ENTRY: readonly PolicyRole[] = ['nurse', 'investigator', 'pharmacist'];
const MONITOR_ONLY: readonly PolicyRole[] = ['monitor'];
const INVESTIGATOR_ONLY: readonly PolicyRole[] = ['investigator'];
const DATA_MANAGER_ONLY: readonly PolicyRole[] = ['data-manager'];

const EXPECTED: Readonly<Record<EventType, readonly PolicyRole[]>> = {
  'subject.screened': SITE_STAFF,
  'subject.enrolled': SITE_STAFF,
  'subject.armAssigned': SITE_STAFF,
  'subject.statusChanged': SITE_STAFF,
  'visit.started': SITE_STAFF,
  'visit.statusChanged': SITE_STAFF,
  'item.valueSet': DATA_ENTRY,
  'item.missingReasonSet': DATA_ENTRY,
  'item.cleared': DATA_ENTRY,
  'record.added': DATA_ENTRY,
  'record.removed': DATA_ENTRY,
  'form.completed': DATA_ENTRY,
  'form.reopened': DATA_ENTRY,
  'query.opened': MONITOR_ONLY,
  'query.answered': DATA_ENTRY,
  'query.closed': MONITOR_ONLY,
  'query.reopened': MONITOR_ONLY,
  'sdv.set': MONITOR_ONLY,
  'sdv.cleared': MONITOR_ONLY,
  'signature.applied': INVESTIGATOR_ONLY,
  'signature.voided': INVESTIGATOR_ONLY,
  'protocol.imported': DATA_MANAGER_ONLY,
  'allocation.imported': DATA_MANAGER_ONLY,
};

/** System queries (`query.opened` with `system: true`): everyone who works with data, not the administrator. */
const EXPECTED_SYSTEM_QUERY: readonly PolicyRole[] = ['nurse', 'investigator', 'pharmacist', 'monitor', 'data-manager'];

// ---------------------------------------------------------------------------------------------------
// Contexts and drafts

/**
 * A write context for any policy role. An administrator's session carries 'administrator' in the
 * context at run time although WriteContext types it as a record role (renderer/app/providers/session.ts),
 * hence the cast: that is exactly the case the store must refuse.
 */
const ctxOf = (role: PolicyRole): WriteContext => ({ userId: `u-${role}`, role: role as Role, ...PROTOCOL });
const NURSE = ctxOf('nurse');
const INVESTIGATOR = ctxOf('investigator');
const MONITOR = ctxOf('monitor');

const ENVELOPE = new Set(['id', 'deviceId', 'at', 'userId', 'role', 'protocolId', 'protocolVersion', 'knownHeads']);
/** A builder draft without what the store fills in. */
const inputOf = (draft: CrfEventDraft): EventInput =>
  Object.fromEntries(Object.entries(draft).filter(([key]) => !ENVELOPE.has(key))) as unknown as EventInput;

const d = draftsFor('dev-matrix');
const SUBJECT = 'subj-1';
const QUERY_ID = 'q-1';
const SIGNATURE_ID = 'sig-1';
const AE_ROW: Scope & { recordId: string } = { subjectId: SUBJECT, visitId: 'LOG', formId: 'ae', itemId: 'term', recordId: 'ae-1' };
const HASH_A = 'a'.repeat(64);
const HASH_B = 'b'.repeat(64);

/** A preparation step: must succeed (a failure here is a broken test, not a finding). */
async function step(store: Store, ctx: WriteContext, draft: CrfEventDraft): Promise<CrfEvent> {
  const result = await commitEvent(store, ctx, inputOf(draft));
  if (!result.ok || result.value === null) throw new Error(`preparation ${draft.type} failed: ${JSON.stringify(result)}`);
  return result.value;
}

async function enrolled(store: Store): Promise<void> {
  await step(store, INVESTIGATOR, d.screened(SUBJECT));
  await step(store, NURSE, d.enrolled(SUBJECT));
}

async function withValue(store: Store): Promise<CrfEvent> {
  await enrolled(store);
  return step(store, NURSE, d.value(LAB, 88.9, { unit: 'µmol/L' }));
}

async function withQuery(store: Store): Promise<void> {
  await enrolled(store);
  await step(store, MONITOR, d.queryOpened(LAB, QUERY_ID));
}

const systemQuery = (): CrfEventDraft => {
  const draft = d.queryOpened(LAB, QUERY_ID);
  return { ...draft, payload: { ...draft.payload, text: 'Bilirubin above the expected range: confirm the value', system: true } };
};

// ---------------------------------------------------------------------------------------------------
// One row per command: how to bring a store to a state where the command is valid, and the command.

interface Row {
  readonly name: string;
  readonly eventType: EventType;
  readonly system: boolean;
  readonly allowed: readonly PolicyRole[];
  /** Prepares the store and returns the draft to attempt (valid in that state for an allowed role). */
  readonly prepare: (store: Store) => Promise<CrfEventDraft>;
}

const PREPARE: Readonly<Record<EventType, (store: Store) => Promise<CrfEventDraft>>> = {
  'subject.screened': () => Promise.resolve(d.screened(SUBJECT)),
  'subject.enrolled': async (store) => {
    await step(store, INVESTIGATOR, d.screened(SUBJECT));
    return d.enrolled(SUBJECT);
  },
  'subject.armAssigned': async (store) => {
    await enrolled(store);
    return d.armAssigned(SUBJECT, 1);
  },
  'subject.statusChanged': async (store) => {
    await enrolled(store);
    return d.statusChanged(SUBJECT, 'withdrawn');
  },
  'visit.started': async (store) => {
    await enrolled(store);
    return d.visitStarted(SUBJECT, 'UNS-1');
  },
  'visit.statusChanged': async (store) => {
    await enrolled(store);
    return d.visitStatus(SUBJECT, 'W4', 'done');
  },
  'item.valueSet': async (store) => {
    await enrolled(store);
    return d.value(LAB, 88.9, { unit: 'µmol/L' });
  },
  'item.missingReasonSet': async (store) => {
    await enrolled(store);
    return d.missing(LAB);
  },
  'item.cleared': async (store) => {
    await withValue(store);
    return d.cleared(LAB);
  },
  'record.added': async (store) => {
    await enrolled(store);
    return d.recordAdded(AE_ROW);
  },
  'record.removed': async (store) => {
    await enrolled(store);
    await step(store, NURSE, d.recordAdded(AE_ROW));
    return d.recordRemoved(AE_ROW, { reason: 'entered for the wrong subject' });
  },
  'form.completed': async (store) => {
    await withValue(store);
    return d.completed(LAB);
  },
  'form.reopened': async (store) => {
    await withValue(store);
    await step(store, NURSE, d.completed(LAB));
    return d.reopened(LAB, { reason: 'a value was transcribed wrongly' });
  },
  'query.opened': async (store) => {
    await enrolled(store);
    return d.queryOpened(LAB, QUERY_ID);
  },
  'query.answered': async (store) => {
    await withQuery(store);
    return d.queryStep('query.answered', SUBJECT, QUERY_ID);
  },
  'query.closed': async (store) => {
    await withQuery(store);
    return d.queryStep('query.closed', SUBJECT, QUERY_ID);
  },
  'query.reopened': async (store) => {
    await withQuery(store);
    await step(store, MONITOR, d.queryStep('query.closed', SUBJECT, QUERY_ID));
    return d.queryStep('query.reopened', SUBJECT, QUERY_ID);
  },
  'sdv.set': async (store) => {
    const value = await withValue(store);
    return d.sdvSet(LAB, value.id);
  },
  'sdv.cleared': async (store) => {
    const value = await withValue(store);
    await step(store, MONITOR, d.sdvSet(LAB, value.id));
    return d.sdvCleared(LAB);
  },
  'signature.applied': async (store) => {
    await withValue(store);
    await step(store, NURSE, d.completed(LAB));
    return d.signed(SUBJECT, 'casebook', SIGNATURE_ID);
  },
  'signature.voided': async (store) => {
    await withValue(store);
    await step(store, NURSE, d.completed(LAB));
    await step(store, INVESTIGATOR, d.signed(SUBJECT, 'casebook', SIGNATURE_ID));
    return d.voided(SUBJECT, SIGNATURE_ID, { reason: 'signed before the last lab results' });
  },
  'protocol.imported': () => Promise.resolve(d.protocolImported(HASH_A)),
  'allocation.imported': () => Promise.resolve(d.allocationImported('alloc-1', HASH_B)),
};

const ROWS: readonly Row[] = [
  ...EVENT_TYPES.map((eventType): Row => ({ name: eventType, eventType, system: false, allowed: EXPECTED[eventType], prepare: PREPARE[eventType] })),
  {
    name: 'query.opened (system query)',
    eventType: 'query.opened',
    system: true,
    allowed: EXPECTED_SYSTEM_QUERY,
    prepare: async (store) => {
      await enrolled(store);
      return systemQuery();
    },
  },
];

// ---------------------------------------------------------------------------------------------------

describe('the expected matrix', () => {
  it('covers exactly the event types of shared/events', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...EVENT_TYPES].sort());
    expect(new Set(ROWS.map((r) => r.eventType))).toEqual(new Set(EVENT_TYPES));
  });

  it('names only policy roles, and never the administrator', () => {
    for (const roles of [...Object.values(EXPECTED), EXPECTED_SYSTEM_QUERY]) {
      for (const role of roles) expect(POLICY_ROLES).toContain(role);
      expect(roles).not.toContain('administrator');
    }
  });
});

let opened = 0;

describe.each(ROWS)('$name', (row) => {
  // One store for every refused role: a refusal stores nothing, so the state stays the prepared one.
  let shared: Store;
  let sharedName: string;
  let attempt: CrfEventDraft;

  beforeAll(async () => {
    opened += 1;
    sharedName = `permission-matrix-${opened}`;
    let ids = 0;
    let ticks = 0;
    const result = await openStore({
      name: sharedName,
      newId: () => `${sharedName}-id-${(ids += 1)}`,
      clock: () => new Date(Date.UTC(2025, 2, 1, 9, 0, 0) + (ticks += 1) * 1000),
    });
    if (!result.ok) throw new Error(`could not open the shared store: ${result.issues.message}`);
    shared = result.value;
    attempt = await row.prepare(shared);
    expect(attempt.type).toBe(row.eventType);
    expect(attempt.type === 'query.opened' && attempt.payload.system).toBe(row.eventType === 'query.opened' && row.system);
  });

  afterAll(async () => {
    closeStore(shared);
    await deleteStoreDatabase(sharedName);
  });

  const cells = POLICY_ROLES.map((role) => ({ role, verdict: row.allowed.includes(role) ? 'allowed' : 'refused' }));

  it.each(cells)('$role: $verdict', async ({ role, verdict }) => {
    const ctx = ctxOf(role);
    if (verdict === 'allowed') {
      // A fresh store per allowed role: the write changes the state the next role would need.
      const store = await openTestStore();
      const draft = await row.prepare(store);
      const before = await store.db.events.count();
      const logBefore = (await readSecurityLog(store)).length;
      const result = await commitEvent(store, ctx, inputOf(draft));
      if (!result.ok && result.issues.kind === 'rejected') {
        expect(result.issues.issues.filter((i) => i.path.join('.') === 'role')).toEqual([]);
      }
      expect(result).toMatchObject({ ok: true, value: { type: row.eventType, role, userId: ctx.userId } });
      expect(await store.db.events.count()).toBe(before + 1);
      expect((await readSecurityLog(store)).length).toBe(logBefore);
      return;
    }

    const head = await chainHead(shared);
    const count = await shared.db.events.count();
    const logBefore = await readSecurityLog(shared);
    const result = await commitEvent(shared, ctx, inputOf(attempt));
    expect(result).toMatchObject({ ok: false, issues: { kind: 'rejected' } });
    if (result.ok || result.issues.kind !== 'rejected') throw new Error('unreachable');
    expect(result.issues.issues).toContainEqual(expect.objectContaining({ path: ['role'] }));
    // Nothing stored.
    expect(await chainHead(shared)).toEqual(head);
    expect(await shared.db.events.count()).toBe(count);
    // The refusal is in the security log: who, under which role, which command.
    const log = await readSecurityLog(shared);
    expect(log.length).toBe(logBefore.length + 1);
    expect(log.at(-1)).toMatchObject({ kind: 'command-refused', userId: ctx.userId, role, eventType: row.eventType });
  });
});
