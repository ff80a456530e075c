import { z } from 'zod';
import { chainFieldsSchema, envelopeShape, type ChainFields } from './envelope';
import { issue, issuesFromZod } from './issues';
import { isParsed, markParsed } from './trusted';
import { idSchema } from './primitives';
import { fail, ok, type Issue, type Result } from '../lib/result';
import * as subject from './payloads/subject';
import * as visit from './payloads/visit';
import * as item from './payloads/item';
import * as form from './payloads/form';
import * as query from './payloads/query';
import * as sdv from './payloads/sdv';
import * as signature from './payloads/signature';
import * as imports from './payloads/imports';

// Scope fields each family of events must carry; the envelope leaves them optional.
const subjectScope = { subjectId: idSchema };
const visitScope = { subjectId: idSchema, visitId: idSchema };
const formScope = { subjectId: idSchema, visitId: idSchema, formId: idSchema };
const recordScope = { subjectId: idSchema, visitId: idSchema, formId: idSchema, recordId: idSchema };
const itemScope = { subjectId: idSchema, visitId: idSchema, formId: idSchema, itemId: idSchema };
const noScope = {};

// Strict: a field this version does not know must be refused, not silently dropped, because
// dropping it would change the hashed content of an event made by a newer version.
const envelope = z.strictObject(envelopeShape);

function eventType<T extends string, S extends z.ZodRawShape, P extends z.ZodType>(type: T, scope: S, payload: P) {
  return envelope.extend({ ...scope, type: z.literal(type), payload });
}

/**
 * Every event as its author drafts it: the envelope without the chain fields (seq, prevHash, hash)
 * that `sealEvent` adds. To add an event type, see docs/store.md "Adding an event type".
 */
export const eventDraftSchema = z.discriminatedUnion('type', [
  eventType('subject.screened', subjectScope, subject.subjectScreenedPayload),
  eventType('subject.enrolled', subjectScope, subject.subjectEnrolledPayload),
  eventType('subject.armAssigned', subjectScope, subject.subjectArmAssignedPayload),
  eventType('subject.statusChanged', subjectScope, subject.subjectStatusChangedPayload),
  eventType('visit.started', visitScope, visit.visitStartedPayload),
  eventType('visit.statusChanged', visitScope, visit.visitStatusChangedPayload),
  eventType('item.valueSet', itemScope, item.itemValueSetPayload),
  eventType('item.missingReasonSet', itemScope, item.itemMissingReasonSetPayload),
  eventType('item.cleared', itemScope, item.itemClearedPayload),
  eventType('record.added', recordScope, form.recordAddedPayload),
  eventType('record.removed', recordScope, form.recordRemovedPayload),
  eventType('form.completed', formScope, form.formCompletedPayload),
  eventType('form.reopened', formScope, form.formReopenedPayload),
  eventType('query.opened', subjectScope, query.queryOpenedPayload),
  eventType('query.answered', subjectScope, query.queryAnsweredPayload),
  eventType('query.closed', subjectScope, query.queryClosedPayload),
  eventType('query.reopened', subjectScope, query.queryReopenedPayload),
  eventType('sdv.set', itemScope, sdv.sdvSetPayload),
  eventType('sdv.cleared', itemScope, sdv.sdvClearedPayload),
  eventType('signature.applied', subjectScope, signature.signatureAppliedPayload).superRefine((e, ctx) => {
    // A signature's scope is exactly its level: a form signature names its form, a casebook one nothing below the subject.
    const needsVisit = e.payload.level !== 'casebook';
    const needsForm = e.payload.level === 'form';
    if (needsVisit !== (e.visitId !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['visitId'], message: `a ${e.payload.level} signature ${needsVisit ? 'needs' : 'has no'} visitId` });
    }
    if (needsForm !== (e.formId !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['formId'], message: `a ${e.payload.level} signature ${needsForm ? 'needs' : 'has no'} formId` });
    }
    if (e.recordId !== undefined || e.itemId !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['itemId'], message: 'a signature covers whole forms, not records or items' });
    }
  }),
  eventType('signature.voided', subjectScope, signature.signatureVoidedPayload),
  eventType('protocol.imported', noScope, imports.protocolImportedPayload),
  eventType('allocation.imported', noScope, imports.allocationImportedPayload),
]);

export type CrfEventDraft = z.infer<typeof eventDraftSchema>;
export type EventType = CrfEventDraft['type'];
export type DraftOf<T extends EventType> = Extract<CrfEventDraft, { type: T }>;

/** A sealed event: a draft with its place in the device's hash chain. */
export type CrfEvent = CrfEventDraft & ChainFields;
export type EventOf<T extends EventType> = DraftOf<T> & ChainFields;

export const EVENT_TYPES: readonly EventType[] = eventDraftSchema.options.map((o) => o.shape.type.value);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function parseEventDraft(input: unknown): Result<CrfEventDraft> {
  const parsed = eventDraftSchema.safeParse(input);
  return parsed.success ? ok(parsed.data) : fail(issuesFromZod(parsed.error));
}

/**
 * Parses a sealed event from untrusted input (a bundle). Does not check its hash: see verifyChain.
 * The event returned is deep-frozen (see trusted.ts).
 */
export function parseEvent(input: unknown): Result<CrfEvent> {
  // An event this function returned before: frozen, so still exactly what was parsed (trusted.ts).
  if (isParsed(input)) return ok(input as CrfEvent);
  if (!isRecord(input)) return fail([issue([], 'an event is a JSON object')]);
  const { seq, prevHash, hash, ...body } = input;
  const draft = eventDraftSchema.safeParse(body);
  const chain = chainFieldsSchema.safeParse({ seq, prevHash, hash });
  const issues: Issue[] = [
    ...(draft.success ? [] : issuesFromZod(draft.error)),
    ...(chain.success ? [] : issuesFromZod(chain.error)),
  ];
  if (!draft.success || !chain.success) return fail(issues);
  return ok(markParsed({ ...draft.data, ...chain.data }));
}
