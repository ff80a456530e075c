import { stampOf, versionOf, type CrfEvent, type ItemEvent } from '../../events';
import { formOid, itemGroupOid, studyEventOid } from '../../protocol';
import type { Casebook } from '../casebook/casebook';
import { isItemEvent } from '../casebook/item-events';
import { assertNever } from '../../lib/assert-never';
import { visitDefOf } from '../casebook/order';
import { auditRecordXml, signatureXml } from './audit-record';
import { itemDataXml } from './item-data';
import { siteLocationOid } from './odm-ids';
import type { ClinicalContext } from './snapshot';
import { element, textElement } from './xml';

const CONTEXT = 'Context';

const samePlace = (a: ItemEvent, b: ItemEvent): boolean =>
  a.visitId === b.visitId && a.formId === b.formId && a.recordId === b.recordId;

const comment = (text: string): string => element('Annotation', { SeqNum: 1 }, textElement('Comment', { SponsorOrSite: 'Site' }, text));

interface Place {
  readonly visitId?: string | undefined;
  readonly formId?: string | undefined;
  readonly recordId?: string | undefined;
}

type Level = 'subject' | 'visit' | 'form' | 'record' | 'item';
const DEPTH: Readonly<Record<Level, number>> = { subject: 0, visit: 1, form: 2, record: 3, item: 4 };

/**
 * Puts a change that sits at `level` inside the ODM elements above it. Those are marked Context:
 * present only to say where the change is. The element at `level` gets `transaction`.
 */
function wrap(casebook: Casebook, place: Place, level: Level, transaction: string, content: string): string {
  const depth = DEPTH[level];
  const tx = (l: Level): string => (l === level ? transaction : CONTEXT);
  let xml = content;
  if (depth >= DEPTH.record && place.formId !== undefined) {
    xml = element('ItemGroupData', { ItemGroupOID: itemGroupOid(place.formId), ItemGroupRepeatKey: place.recordId, TransactionType: tx('record') }, xml);
  }
  if (depth >= DEPTH.form && place.formId !== undefined) {
    xml = element('FormData', { FormOID: formOid(place.formId), TransactionType: tx('form') }, xml);
  }
  if (depth >= DEPTH.visit && place.visitId !== undefined) {
    const defId = visitDefOf(casebook, place.visitId);
    const repeatKey = defId === place.visitId ? undefined : place.visitId;
    xml = element('StudyEventData', { StudyEventOID: studyEventOid(defId), StudyEventRepeatKey: repeatKey, TransactionType: tx('visit') }, xml);
  }
  return element('SubjectData', { SubjectKey: casebook.subjectId, TransactionType: tx('subject') }, xml) + '\n';
}

function transactionXml(casebook: Casebook, event: CrfEvent, ctx: ClinicalContext): string {
  const what = event.type;
  const audit = auditRecordXml(stampOf(event), { reason: event.reason, what });
  switch (event.type) {
    case 'subject.screened':
    case 'subject.enrolled': {
      const site = ctx.sites.has(event.payload.siteId) ? element('SiteRef', { LocationOID: siteLocationOid(event.payload.siteId) }) : '';
      return wrap(casebook, event, 'subject', 'Upsert', audit + site);
    }
    case 'subject.armAssigned':
    case 'subject.statusChanged':
      return wrap(casebook, event, 'subject', 'Upsert', audit);
    case 'visit.started':
    case 'visit.statusChanged': {
      const status = event.type === 'visit.statusChanged' ? comment(`visit ${event.payload.status}${event.payload.visitDate === undefined ? '' : ` on ${event.payload.visitDate}`}`) : '';
      return wrap(casebook, event, 'visit', 'Upsert', audit + status);
    }
    case 'record.added':
    case 'record.removed':
      return wrap(casebook, event, 'record', event.type === 'record.added' ? 'Insert' : 'Remove', audit);
    case 'signature.applied': {
      const signature = signatureXml({ stamp: stampOf(event), level: event.payload.level, meaning: event.payload.meaning });
      const level = event.payload.level === 'casebook' ? 'subject' : event.payload.level;
      return wrap(casebook, event, level, CONTEXT, signature);
    }
    case 'item.valueSet':
    case 'item.missingReasonSet':
    case 'item.cleared':
      return itemsXml(casebook, [event], ctx);
    case 'form.completed':
    case 'form.reopened':
    case 'query.opened':
    case 'query.answered':
    case 'query.closed':
    case 'query.reopened':
    case 'sdv.set':
    case 'sdv.cleared':
    case 'signature.voided':
    case 'protocol.imported':
    case 'allocation.imported':
      // No ODM element carries these; the file's ClinicalData/AuditRecords list has a record of each.
      return '';
    default:
      return assertNever(event, 'event type');
  }
}

/** Item changes to one record, as one transaction. */
function itemsXml(casebook: Casebook, run: readonly [ItemEvent, ...ItemEvent[]], ctx: ClinicalContext): string {
  const items = run.map((e) => itemDataXml({ itemId: e.itemId, version: versionOf(e), conflict: false, transactional: true, units: ctx.units }));
  return wrap(casebook, run[0], 'item', CONTEXT, items.join(''));
}

/**
 * The subject's changes that this file carries, as ODM transactions in causal order: consecutive item
 * changes to one record share one SubjectData, every other change gets its own.
 */
export function subjectTransactionsXml(casebook: Casebook, carried: (e: CrfEvent) => boolean, ctx: ClinicalContext): string {
  const events = casebook.events.filter(carried);
  const out: string[] = [];
  for (let i = 0; i < events.length; ) {
    const event = events[i] as CrfEvent;
    if (!isItemEvent(event)) {
      out.push(transactionXml(casebook, event, ctx));
      i += 1;
      continue;
    }
    const run: [ItemEvent, ...ItemEvent[]] = [event];
    for (let next = events[i + run.length]; next !== undefined && isItemEvent(next) && samePlace(event, next); next = events[i + run.length]) run.push(next);
    out.push(itemsXml(casebook, run, ctx));
    i += run.length;
  }
  return out.join('');
}
