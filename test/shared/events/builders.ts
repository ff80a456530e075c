import type { MissingReasonCode } from '../../../shared/catalogue/missing-reasons';
import {
  sealEvent,
  type ChainHead,
  type CrfEvent,
  type CrfEventDraft,
  type DraftOf,
  type KnownHeads,
  type Role,
} from '../../../shared/events';

/*
 * Test builders for events: sensible defaults, deterministic ids and clock, one line per event in
 * a test. Shared by the shared/events and renderer/db tests.
 */

export const PROTOCOL = { protocolId: 'NCT05985863', protocolVersion: '1.0' } as const;

export interface Scope {
  readonly subjectId: string;
  readonly visitId: string;
  readonly formId: string;
  readonly itemId: string;
  readonly recordId?: string;
}

export const LAB: Scope = { subjectId: 'subj-1', visitId: 'W4', formId: 'labs', itemId: 'bilirubin' };

type Envelope = Pick<CrfEventDraft, 'id' | 'deviceId' | 'userId' | 'role' | 'at' | 'protocolId' | 'protocolVersion'>;
interface Extra {
  readonly reason?: string;
  readonly userId?: string;
  readonly role?: Role;
  readonly knownHeads?: KnownHeads;
  readonly at?: string;
}

/** Drafts for one device: ids `<device>-1, -2...`, one second apart from 2025-03-01 08:00 UTC. */
export function draftsFor(deviceId = 'dev-a', startMs = Date.UTC(2025, 2, 1, 8, 0, 0)) {
  let n = 0;
  const env = (extra: Extra = {}): Envelope & Extra => {
    n += 1;
    return {
      id: `${deviceId}-${n}`,
      deviceId,
      userId: 'u-nurse',
      role: 'nurse',
      at: new Date(startMs + n * 1000).toISOString(),
      ...PROTOCOL,
      ...extra,
    };
  };
  const scoped = ({ recordId, ...s }: Scope) => ({ ...s, ...(recordId !== undefined ? { recordId } : {}) });
  const formScope = ({ subjectId, visitId, formId, recordId }: Scope) => ({
    subjectId,
    visitId,
    formId,
    ...(recordId !== undefined ? { recordId } : {}),
  });

  return {
    screened: (subjectId: string, result: 'pending' | 'eligible' | 'not-eligible' = 'eligible', x?: Extra): DraftOf<'subject.screened'> => ({
      ...env(x),
      type: 'subject.screened',
      subjectId,
      payload: {
        siteId: '03',
        screenedOn: '2025-02-27',
        answers: [{ criterionId: 'age-18-70', answer: 'yes' }],
        result,
        ...(result === 'pending' ? {} : { confirmedBy: 'u-investigator' }),
      },
    }),
    enrolled: (subjectId: string, subjectCode = '03-001', x?: Extra): DraftOf<'subject.enrolled'> => ({
      ...env(x),
      type: 'subject.enrolled',
      subjectId,
      payload: { siteId: subjectCode.split('-')[0] ?? '03', subjectCode, sex: 'F', birthYear: 1968, day1: '2025-03-01' },
    }),
    armAssigned: (subjectId: string, stage = 1, x?: Extra): DraftOf<'subject.armAssigned'> => ({
      ...env(x),
      type: 'subject.armAssigned',
      subjectId,
      payload: { kitNumber: `K-${stage}00${n}`, stage, source: 'allocation-list' },
    }),
    statusChanged: (subjectId: string, status: DraftOf<'subject.statusChanged'>['payload']['status'], x?: Extra): DraftOf<'subject.statusChanged'> => ({
      ...env(x),
      type: 'subject.statusChanged',
      subjectId,
      payload: { status, date: '2025-04-01', ...(status === 'withdrawn' ? { statusReason: 'consent withdrawn' } : {}) },
    }),
    visitStarted: (subjectId: string, visitId: string, x?: Extra): DraftOf<'visit.started'> => ({
      ...env(x),
      type: 'visit.started',
      subjectId,
      visitId,
      payload: { visitDefId: 'UNS', kind: 'unscheduled', startedOn: '2025-03-10' },
    }),
    visitStatus: (subjectId: string, visitId: string, status: 'done' | 'not-done', x?: Extra): DraftOf<'visit.statusChanged'> => ({
      ...env(x),
      type: 'visit.statusChanged',
      subjectId,
      visitId,
      payload: status === 'done' ? { status, visitDate: '2025-03-29' } : { status, notDoneReason: 'patient transferred' },
    }),
    value: (scope: Scope, value: number | string, x?: Extra & { unit?: string; qualifier?: '<' | '>' }): DraftOf<'item.valueSet'> => {
      const { unit, qualifier, ...extra } = x ?? {};
      return {
        ...env(extra),
        type: 'item.valueSet',
        ...scoped(scope),
        payload: {
          entered: String(value),
          value,
          ...(unit !== undefined ? { unit } : {}),
          ...(qualifier !== undefined ? { qualifier } : {}),
        },
      };
    },
    missing: (scope: Scope, code: MissingReasonCode = 'NOT DONE', x?: Extra): DraftOf<'item.missingReasonSet'> => ({
      ...env(x),
      type: 'item.missingReasonSet',
      ...scoped(scope),
      payload: { code, note: 'sample haemolysed' },
    }),
    cleared: (scope: Scope, x?: Extra): DraftOf<'item.cleared'> => ({ ...env(x), type: 'item.cleared', ...scoped(scope), payload: {} }),
    recordAdded: (scope: Scope & { recordId: string }, x?: Extra): DraftOf<'record.added'> => ({
      ...env(x),
      type: 'record.added',
      ...formScope(scope),
      recordId: scope.recordId,
      payload: {},
    }),
    recordRemoved: (scope: Scope & { recordId: string }, x?: Extra): DraftOf<'record.removed'> => ({
      ...env(x),
      type: 'record.removed',
      ...formScope(scope),
      recordId: scope.recordId,
      payload: {},
    }),
    completed: (scope: Scope, x?: Extra): DraftOf<'form.completed'> => ({ ...env(x), type: 'form.completed', ...formScope(scope), payload: {} }),
    reopened: (scope: Scope, x?: Extra): DraftOf<'form.reopened'> => ({ ...env(x), type: 'form.reopened', ...formScope(scope), payload: {} }),
    queryOpened: (scope: Scope, queryId: string, x?: Extra): DraftOf<'query.opened'> => ({
      ...env({ role: 'monitor', userId: 'u-monitor', ...x }),
      type: 'query.opened',
      ...scoped(scope),
      payload: { queryId, text: 'Please check the unit against the lab report', system: false },
    }),
    queryStep: (
      type: 'query.answered' | 'query.closed' | 'query.reopened',
      subjectId: string,
      queryId: string,
      x?: Extra,
    ): DraftOf<'query.answered'> | DraftOf<'query.closed'> | DraftOf<'query.reopened'> => ({
      ...env(x),
      type,
      subjectId,
      payload: { queryId, text: `${type} text` },
    }),
    sdvSet: (scope: Scope, valueEventId: string, x?: Extra): DraftOf<'sdv.set'> => ({
      ...env({ role: 'monitor', userId: 'u-monitor', ...x }),
      type: 'sdv.set',
      ...scoped(scope),
      payload: { valueEventId },
    }),
    sdvCleared: (scope: Scope, x?: Extra): DraftOf<'sdv.cleared'> => ({
      ...env({ role: 'monitor', userId: 'u-monitor', ...x }),
      type: 'sdv.cleared',
      ...scoped(scope),
      payload: {},
    }),
    signed: (
      subjectId: string,
      level: 'form' | 'visit' | 'casebook',
      signatureId: string,
      where: { visitId?: string; formId?: string } = {},
      x?: Extra,
    ): DraftOf<'signature.applied'> => ({
      ...env({ role: 'investigator', userId: 'u-investigator', ...x }),
      type: 'signature.applied',
      subjectId,
      ...where,
      payload: { signatureId, level, signerName: 'Dr Li Wei', meaning: 'I approve the data of this casebook' },
    }),
    voided: (subjectId: string, signatureId: string, x?: Extra): DraftOf<'signature.voided'> => ({
      ...env({ role: 'investigator', userId: 'u-investigator', ...x }),
      type: 'signature.voided',
      subjectId,
      payload: { signatureId },
    }),
    protocolImported: (contentHash: string, x?: Extra): DraftOf<'protocol.imported'> => ({
      ...env({ role: 'data-manager', userId: 'u-dm', ...x }),
      type: 'protocol.imported',
      payload: { contentHash, title: 'UC-MSC in ACLF, two-stage' },
    }),
    allocationImported: (listId: string, contentHash: string, x?: Extra): DraftOf<'allocation.imported'> => ({
      ...env({ role: 'data-manager', userId: 'u-dm', ...x }),
      type: 'allocation.imported',
      payload: { listId, contentHash, stage: 1, entryCount: 150 },
    }),
  };
}

export type Drafts = ReturnType<typeof draftsFor>;

/** Seals drafts one after another into a chain (throws on an invalid draft: a broken test). */
export function sealChain(drafts: readonly unknown[], after: ChainHead | null = null): CrfEvent[] {
  const out: CrfEvent[] = [];
  let head = after;
  for (const draft of drafts) {
    const sealed = sealEvent(draft, head);
    if (!sealed.ok) throw new Error(`invalid draft: ${JSON.stringify(sealed.issues)}`);
    out.push(sealed.value);
    head = { deviceId: sealed.value.deviceId, seq: sealed.value.seq, hash: sealed.value.hash };
  }
  return out;
}

export const sealOne = (draft: unknown, after: ChainHead | null = null): CrfEvent => {
  const [event] = sealChain([draft], after);
  if (event === undefined) throw new Error('unreachable');
  return event;
};

/** A deliberately altered copy of an event (its hash is left as it was, unless the patch sets one). */
export const tampered = (event: CrfEvent, patch: Readonly<Record<string, unknown>>): CrfEvent => ({ ...event, ...patch }) as CrfEvent;
