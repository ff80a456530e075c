/**
 * A small protocol and a way to write its data as real events through the real reducers, so each review
 * test states only the data it is about. Not a test file itself.
 */
import { MemoryProjection, sealEvent, type ChainHead, type CrfEvent, type DraftOf } from '../../../shared/events';
import type { Protocol } from '../../../shared/protocol';
import { buildReview, type ProtocolReview } from '../../../shared/review';

const text = (en: string) => ({ en, zh: `${en}（中）` });
type ProtocolForm = Protocol['forms'][number];
type FormItem = ProtocolForm['items'][number];
const req = (item: string, extra: Partial<FormItem> = {}): FormItem => ({ item, required: true, ...extra });
const opt = (item: string): FormItem => ({ item, required: false });
const form = (id: string, items: FormItem[], extra: Partial<ProtocolForm> = {}): ProtocolForm => ({
  id,
  title: text(id),
  repeating: false,
  unblindedOnly: false,
  items,
  ...extra,
});

/** Day 1 of subject s-1 in every test: w4's window is 2025-03-26 … 2025-04-01 (target day 29 = 03-29, ± 3). */
export const DAY1 = '2025-03-01';

export const PROTOCOL: Protocol = {
  id: 'REVIEW-1',
  registryId: 'pending',
  version: '1.0',
  title: text('Review test trial'),
  condition: text('ACLF'),
  masking: 'double',
  arms: [
    { id: 'msc', label: text('MSC'), blindedLabel: text('Study product') },
    { id: 'placebo', label: text('Placebo'), blindedLabel: text('Study product') },
  ],
  stages: [{ number: 1, label: text('Stage 1'), entry: { kind: 'enrolment' }, allocation: [{ arm: 'msc', ratio: 1 }, { arm: 'placebo', ratio: 1 }] }],
  scores: [],
  dosing: [],
  visits: [
    { id: 'screening', label: text('Screening'), kind: 'screening', day: -1, window: { before: 6, after: 0 }, forms: ['visit', 'eligibility'] },
    { id: 'w0', label: text('Week 0'), kind: 'baseline', week: 0, window: { before: 0, after: 0 }, forms: ['visit', 'labs', 'pharmacy'] },
    { id: 'w4', label: text('Week 4'), kind: 'follow-up', week: 4, window: { before: 3, after: 3 }, forms: ['visit', 'labs', 'clinical', 'adverse-events'] },
    { id: 'w12', label: text('Week 12'), kind: 'end-of-study', week: 12, window: { before: 3, after: 3 }, forms: ['visit', 'labs'] },
    { id: 'unscheduled', label: text('Unscheduled'), kind: 'unscheduled', forms: ['visit', 'labs', 'adverse-events'] },
  ],
  forms: [
    form('visit', [req('visitDate')]),
    form('eligibility', [req('consentDate'), req('pregnancyTest')]),
    form('labs', [req('bilirubin', { softRange: { low: 2, high: 300 } }), req('albumin'), req('inr'), opt('alt')]),
    form('clinical', [req('ascitesGrade'), req('ascitesRefractory')]),
    form('pharmacy', [req('productActual'), req('totalCells')], { unblindedOnly: true }),
    form('adverse-events', [req('aeTerm'), req('aeStart'), opt('aeEnd'), req('aeOngoing')], { repeating: true }),
  ],
  endpoints: [{ id: 'survival', kind: 'primary', label: text('Survival'), visits: ['w12'], timeFrame: 'through' }],
  eligibility: [{ id: 'inc-age', kind: 'inclusion', text: text('Age 18–70') }],
};

type Payload<T extends DraftOf<'item.valueSet'>['type'] | DraftOf<'item.missingReasonSet'>['type']> = DraftOf<T>['payload'];

export interface Place {
  readonly visitId: string;
  readonly formId: string;
  readonly recordId?: string;
}

/**
 * Writes one device's events for a trial and reduces them with MemoryProjection. Each method appends
 * one event; `review(today)` runs the review over the projection.
 */
export class TrialData {
  readonly projection = new MemoryProjection();
  readonly events: CrfEvent[] = [];
  private head: ChainHead | null = null;
  private n = 0;

  constructor(readonly protocol: Protocol = PROTOCOL) {}

  private append(body: Record<string, unknown>, role: 'nurse' | 'investigator' | 'monitor' = 'nurse'): CrfEvent {
    this.n += 1;
    const draft = {
      id: `e-${this.n}`,
      deviceId: 'dev-test',
      userId: `u-${role}`,
      role,
      at: new Date(Date.UTC(2025, 1, 20) + this.n * 60_000).toISOString(),
      protocolId: this.protocol.id,
      protocolVersion: this.protocol.version,
      ...body,
    };
    const sealed = sealEvent(draft, this.head);
    if (!sealed.ok) throw new Error(`invalid test event: ${JSON.stringify(sealed.issues)}`);
    const issues = this.projection.check(sealed.value);
    if (issues.length > 0) throw new Error(`test event breaks a rule: ${JSON.stringify(issues)}`);
    this.projection.apply(sealed.value);
    this.events.push(sealed.value);
    this.head = sealed.value;
    return sealed.value;
  }

  enrol(subjectId = 's-1', code = '01-001', extra: { sex?: 'M' | 'F'; arm?: string; day1?: string } = {}): this {
    const siteId = code.split('-')[0] ?? '01';
    const payload = { siteId, screenedOn: '2025-02-25', answers: [], result: 'eligible', confirmedBy: 'u-investigator' };
    this.append({ type: 'subject.screened', subjectId, payload }, 'investigator');
    this.append({ type: 'subject.enrolled', subjectId, payload: { siteId, subjectCode: code, sex: extra.sex ?? 'F', ageYears: 50, day1: extra.day1 ?? DAY1 } });
    this.append({ type: 'subject.armAssigned', subjectId, payload: { arm: extra.arm ?? 'msc', kitNumber: `K-${code}`, stage: 1, source: 'allocation-list' } });
    return this;
  }

  screenOnly(subjectId: string, siteId = '01'): this {
    const payload = { siteId, screenedOn: '2025-02-25', answers: [], result: 'pending' };
    this.append({ type: 'subject.screened', subjectId, payload });
    return this;
  }

  value(place: Place, itemId: string, value: number | string | boolean, extra: Partial<Payload<'item.valueSet'>> = {}, subjectId = 's-1'): CrfEvent {
    return this.append({ type: 'item.valueSet', subjectId, ...place, itemId, payload: { entered: String(value), value, ...extra } });
  }

  missing(place: Place, itemId: string, code: Payload<'item.missingReasonSet'>['code'], subjectId = 's-1'): CrfEvent {
    return this.append({ type: 'item.missingReasonSet', subjectId, ...place, itemId, payload: { code } });
  }

  cleared(place: Place, itemId: string, subjectId = 's-1'): CrfEvent {
    return this.append({ type: 'item.cleared', subjectId, ...place, itemId, payload: {} });
  }

  record(place: Place & { recordId: string }, subjectId = 's-1'): this {
    this.append({ type: 'record.added', subjectId, ...place, payload: {} });
    return this;
  }

  removeRecord(place: Place & { recordId: string }, subjectId = 's-1'): this {
    this.append({ type: 'record.removed', subjectId, ...place, payload: {}, reason: 'entered twice' });
    return this;
  }

  complete(place: Place, subjectId = 's-1'): this {
    this.append({ type: 'form.completed', subjectId, ...place, payload: {} });
    return this;
  }

  visitDone(visitId: string, visitDate: string, subjectId = 's-1'): this {
    this.append({ type: 'visit.statusChanged', subjectId, visitId, payload: { status: 'done', visitDate } });
    return this;
  }

  visitNotDone(visitId: string, subjectId = 's-1'): this {
    this.append({ type: 'visit.statusChanged', subjectId, visitId, payload: { status: 'not-done', notDoneReason: 'patient in ICU' } });
    return this;
  }

  startVisit(visitId: string, visitDefId: string, startedOn: string, subjectId = 's-1'): this {
    this.append({ type: 'visit.started', subjectId, visitId, payload: { visitDefId, kind: 'unscheduled', startedOn } });
    return this;
  }

  status(status: 'died' | 'liver-transplant' | 'withdrawn', date: string, subjectId = 's-1'): this {
    const reason = status === 'withdrawn' ? { statusReason: 'consent withdrawn' } : {};
    this.append({ type: 'subject.statusChanged', subjectId, payload: { status, date, ...reason } }, 'investigator');
    return this;
  }

  query(queryId: string, where: { visitId?: string; formId?: string; recordId?: string; itemId?: string }, subjectId = 's-1'): this {
    this.append({ type: 'query.opened', subjectId, ...where, payload: { queryId, text: 'Please check', system: false } }, 'monitor');
    return this;
  }

  queryStep(queryId: string, type: 'query.answered' | 'query.closed', subjectId = 's-1'): this {
    this.append({ type, subjectId, payload: { queryId, text: 'done' } }, type === 'query.closed' ? 'monitor' : 'nurse');
    return this;
  }

  /** A monitor verifies the version an event wrote (the version shown). */
  sdv(place: Place, itemId: string, valueEvent: CrfEvent, subjectId = 's-1'): CrfEvent {
    return this.append({ type: 'sdv.set', subjectId, ...place, itemId, payload: { valueEventId: valueEvent.id } }, 'monitor');
  }

  sdvCleared(place: Place, itemId: string, subjectId = 's-1'): CrfEvent {
    return this.append({ type: 'sdv.cleared', subjectId, ...place, itemId, payload: {} }, 'monitor');
  }

  /** A change with a reason (a completed form's value). */
  correct(place: Place, itemId: string, value: number | string | boolean, reason: string, subjectId = 's-1'): CrfEvent {
    return this.append({ type: 'item.valueSet', subjectId, ...place, itemId, payload: { entered: String(value), value }, reason });
  }

  sign(signatureId: string, level: 'form' | 'visit' | 'casebook', where: { visitId?: string; formId?: string } = {}, subjectId = 's-1'): this {
    this.append({ type: 'signature.applied', subjectId, ...where, payload: { signatureId, level, signerName: 'Dr Zhang', meaning: 'I approve' } }, 'investigator');
    return this;
  }

  systemQuery(queryId: string, where: { visitId?: string; formId?: string; recordId?: string; itemId?: string }, text: string, subjectId = 's-1'): this {
    this.append({ type: 'query.opened', subjectId, ...where, payload: { queryId, text, system: true } });
    return this;
  }

  review(today: string, blinded = true): ProtocolReview {
    const p = this.projection;
    const built = buildReview({
      protocol: this.protocol,
      today,
      blinded,
      subjects: p.subjects.values(),
      visits: p.visits.values(),
      entries: p.entries.values(),
      queries: p.queries.values(),
    });
    if (!built.ok) throw new Error(JSON.stringify(built.issues));
    return built.value;
  }
}

export const LABS_W4: Place = { visitId: 'w4', formId: 'labs' };
