/**
 * One subject's events in time order, written lazily: screening and the eligibility decision, enrolment
 * and arm/kit assignment, each visit of the course with its forms, the follow-up of every visit
 * (follow-up.ts), re-randomisation, the end of the course (early-termination visit with death,
 * transplant or withdrawal forms, or completion), and the investigator's casebook signature.
 * Events are queued with their instants and released in order as the generator advances; an event after
 * `cutoff` (the end of today) is never made.
 */
import { LOG_NONE_ITEM, LOG_NONE_VALUE, type StoredValue } from '../forms';
import type { Allocation, Protocol } from '../protocol';
import { answersFor, type VisitFacts } from './answers';
import type { DemoProfile, DemoRates, DemoUsers } from './demo-options';
import { DAY, localInstant, MINUTE } from './demo-time';
import type { FormModels } from './form-models';
import { followUp } from './follow-up';
import { labsAt, wellbeingAt } from './lab-course';
import { MinHeap } from './min-heap';
import type { Random } from './random';
import { dateText, type RecordSpec } from './record-specs';
import { writeRecord, type RecordWork, type Writer } from './record-writer';
import type { DatedVisit, SubjectCourse } from './subject-course';
import { timedBefore, type Actor, type DraftBody, type TimedDraft } from './timed-draft';
import { infusionAt, rowsFor } from './visit-rows';

export interface TimelineEnv {
  readonly protocol: Protocol;
  readonly profile: DemoProfile;
  readonly rates: DemoRates;
  readonly users: DemoUsers;
  readonly newId: () => string;
  readonly models: FormModels;
  /** The last instant anything may happen (end of today). */
  readonly cutoff: number;
}

const OUTCOME_FORMS: Readonly<Record<string, readonly string[]>> = {
  died: ['death', 'adverse-events', 'end-of-study'],
  'liver-transplant': ['transplant', 'end-of-study'],
  withdrawn: ['end-of-study'],
};
/** Forms only the end of a course fills. */
const END_ONLY = new Set(['death', 'transplant']);
const NOT_DONE_REASON: Readonly<Record<string, string>> = {
  died: 'Subject died before the visit',
  'liver-transplant': 'Subject received a liver transplant; follow-up in the study ended',
  withdrawn: 'Subject withdrew consent',
};
const MISSED_REASONS = ['Patient could not attend (transport)', 'Patient hospitalised elsewhere', '患者未能按时返院', 'Patient declined the visit'];

const pickUser = (ids: readonly string[], index: number): string => ids[index % ids.length] ?? ids[0] ?? 'u-demo';

class SubjectTimeline implements Writer {
  readonly subjectId: string;
  readonly rates: DemoRates;
  readonly nurse: Actor;
  readonly newId: () => string;
  private readonly investigator: Actor;
  private readonly monitor: Actor;
  private readonly pharmacist: Actor;
  private readonly queue = new MinHeap<TimedDraft>(timedBefore);
  private order = 0;
  /** No event may be queued before this instant: everything earlier has been released. */
  private horizon = Number.NEGATIVE_INFINITY;
  private allocation: Allocation;
  private kit: string;
  private weight: number;
  private previousValues: Record<string, StoredValue> = {};
  private lastVisitDay: number;
  /** When the subject's study status was closed (completed, died...): the casebook is signed after it. */
  private closedAt = 0;

  constructor(
    private readonly env: TimelineEnv,
    private readonly course: SubjectCourse,
    private readonly code: string | undefined,
    readonly rng: Random,
  ) {
    this.subjectId = env.newId();
    this.rates = env.rates;
    this.newId = env.newId;
    // Subjects are shared out among the users of each role.
    const rota = course.index;
    this.nurse = { userId: pickUser(env.users.nurses, rota), role: 'nurse' };
    this.investigator = { userId: pickUser(env.users.investigators, rota), role: 'investigator' };
    this.monitor = { userId: pickUser(env.users.monitors, rota), role: 'monitor' };
    this.pharmacist = { userId: pickUser(env.users.pharmacists, rota), role: 'pharmacist' };
    this.allocation = course.allocation;
    this.kit = `K1-${code ?? course.index}`;
    this.weight = course.weight;
    this.lastVisitDay = course.screeningDay;
  }

  emit(at: number, actor: Actor, body: DraftBody): string {
    if (at < this.horizon) throw new Error(`demo timeline: an event at ${new Date(at).toISOString()} before the released horizon`);
    const id = this.env.newId();
    if (at <= this.env.cutoff) this.queue.push({ at, order: (this.order += 1), id, actor, body });
    return id;
  }

  /** Releases every queued event before `until`; later phases only queue events at or after it. */
  *release(until: number): Generator<TimedDraft> {
    this.horizon = Math.max(this.horizon, until);
    for (let next = this.queue.peek(); next !== undefined && next.at < until; next = this.queue.peek()) {
      this.queue.pop();
      yield next;
    }
  }

  *run(): Generator<TimedDraft> {
    const { course } = this;
    const screening = course.visits.find((v) => v.kind === 'screening');
    const start = localInstant(course.screeningDay, this.rng.uniform(8.5, 10));
    yield* this.release(start);
    if (start > this.env.cutoff) return;
    const answers = this.env.protocol.eligibility.map((c) => ({ criterionId: c.id, answer: c.kind === 'inclusion' ? ('yes' as const) : ('no' as const) }));
    const screened = { siteId: course.siteId, screenedOn: dateText(course.screeningDay), answers };
    this.emit(start, this.nurse, { type: 'subject.screened', subjectId: this.subjectId, payload: { ...screened, result: 'pending' } });
    let end = start + MINUTE;
    if (screening !== undefined) end = this.visitSession(screening, end);
    const decisionDay = course.screeningDay + (course.day1 - course.screeningDay > 1 ? this.rng.int(0, 1) : 0);
    const decidedAt = Math.max(end + 30 * MINUTE, localInstant(decisionDay, this.rng.uniform(15, 17.5)));
    const decided = course.screenFail ? this.failedAnswers(answers) : answers;
    const result = course.screenFail ? 'not-eligible' : 'eligible';
    this.emit(decidedAt, this.investigator, {
      type: 'subject.screened',
      subjectId: this.subjectId,
      payload: { ...screened, answers: decided, result, confirmedBy: this.investigator.userId },
    });
    if (course.screenFail) {
      yield* this.release(Number.POSITIVE_INFINITY);
      return;
    }
    yield* this.course.visits.length > 0 ? this.enrolledCourse() : this.release(Number.POSITIVE_INFINITY);
  }

  private failedAnswers(answers: readonly { criterionId: string; answer: 'yes' | 'no' }[]) {
    const failing = this.rng.int(0, answers.length - 1);
    return answers.map((a, i) => (i === failing ? { ...a, answer: a.answer === 'yes' ? ('no' as const) : ('yes' as const) } : a));
  }

  private *enrolledCourse(): Generator<TimedDraft> {
    const { course } = this;
    const enrolAt = localInstant(course.day1, this.rng.uniform(8, 8.5));
    yield* this.release(enrolAt);
    const { siteId, sex, birthYear } = course;
    const subjectCode = this.code ?? `${siteId}-${course.index}`;
    this.emit(enrolAt, this.nurse, { type: 'subject.enrolled', subjectId: this.subjectId, payload: { siteId, subjectCode, sex, birthYear, day1: dateText(course.day1) } });
    this.emit(enrolAt + MINUTE, this.nurse, this.armBody(this.allocation, this.kit));
    const outcome = course.outcome;
    let outcomeWritten = outcome.kind === 'none';
    let endDay: number | undefined;
    for (const visit of course.visits) {
      if (visit.kind === 'screening') continue;
      if (!outcomeWritten && (visit.fate === 'ended' || visit.fate === 'after-end')) {
        yield* this.outcomePhase();
        outcomeWritten = true;
      }
      switch (visit.fate) {
        case 'done': {
          const at = localInstant(visit.day, this.rng.uniform(8.5, 10.5));
          yield* this.release(at);
          const reRandomisation = course.reRandomisation;
          let t = at;
          if (reRandomisation?.atVisit === visit.visitId) {
            // Before the visit's infusion (domain flag F4): randomise first.
            this.allocation = { arm: reRandomisation.arm, stage: reRandomisation.stage };
            this.kit = `K${reRandomisation.stage}-${this.code ?? course.index}`;
            this.emit(t, this.nurse, this.armBody(this.allocation, this.kit));
            t += MINUTE;
          }
          this.visitSession(visit, t);
          if (visit.kind === 'end-of-study') {
            endDay = visit.day;
            this.closedAt = localInstant(visit.day + this.rng.int(1, 7), this.rng.uniform(9, 17));
            this.emit(this.closedAt, this.investigator, {
              type: 'subject.statusChanged',
              subjectId: this.subjectId,
              payload: { status: 'completed', date: dateText(visit.day) },
            });
          }
          break;
        }
        case 'missed-marked':
          this.notDone(visit, visit.windowEnd + this.rng.int(1, 5), this.rng.pick(MISSED_REASONS));
          break;
        case 'ended':
          if (outcome.kind !== 'none') this.notDone(visit, outcome.day + this.rng.int(1, 3), NOT_DONE_REASON[outcome.kind] ?? 'Subject left the study');
          break;
        case 'missed-silent':
        case 'after-end':
          break;
      }
    }
    if (!outcomeWritten) yield* this.outcomePhase();
    if (outcome.kind !== 'none') endDay = outcome.day;
    const last = course.visits.at(-1);
    if (endDay === undefined && last !== undefined) {
      // The end-of-study visit was missed: the investigator closes the casebook at the last visit attended.
      endDay = this.lastVisitDay;
      this.closedAt = Math.max(localInstant(last.windowEnd + this.rng.int(14, 30), this.rng.uniform(9, 17)), this.horizon + DAY);
      this.emit(this.closedAt, this.investigator, { type: 'subject.statusChanged', subjectId: this.subjectId, payload: { status: 'completed', date: dateText(endDay) } });
    }
    if (endDay !== undefined) {
      // Weeks after the course was closed, once the monitor has been through the data.
      const signedAt = Math.max(localInstant(endDay + this.rng.int(30, 90), this.rng.uniform(9, 17)), this.closedAt + 14 * DAY, this.horizon + DAY);
      this.emit(signedAt, this.investigator, {
        type: 'signature.applied',
        subjectId: this.subjectId,
        payload: {
          signatureId: this.newId(),
          level: 'casebook',
          signerName: this.env.users.names?.[this.investigator.userId] ?? this.investigator.userId,
          meaning: 'I have reviewed this casebook and confirm that its data are accurate and complete.',
        },
      });
    }
    yield* this.release(Number.POSITIVE_INFINITY);
  }

  private armBody(allocation: Allocation, kitNumber: string): DraftBody {
    // Blinded sites know only the kit; open-label and single-blind sites record the arm too.
    const masked = this.env.protocol.masking === 'double' || this.env.protocol.masking === 'quadruple';
    return {
      type: 'subject.armAssigned',
      subjectId: this.subjectId,
      payload: { ...(masked ? {} : { arm: allocation.arm }), kitNumber, stage: allocation.stage, source: 'allocation-list' },
    };
  }

  private notDone(visit: DatedVisit, day: number, reason: string): void {
    // Never before what is already released (the end of a course may be recorded a day or two late).
    const at = Math.max(localInstant(day, this.rng.uniform(9, 17)), this.horizon + 10 * MINUTE);
    this.emit(at, this.nurse, {
      type: 'visit.statusChanged',
      subjectId: this.subjectId,
      visitId: visit.visitId,
      payload: { status: 'not-done', notDoneReason: reason },
    });
  }

  private *outcomePhase(): Generator<TimedDraft> {
    const outcome = this.course.outcome;
    if (outcome.kind === 'none') return;
    // Loss to follow-up is declared weeks after the last contact; other ends within days.
    const recorded = outcome.day + (outcome.kind === 'lost-to-follow-up' ? this.rng.int(45, 90) : this.rng.int(0, 2));
    const start = localInstant(recorded, this.rng.uniform(10, 15));
    yield* this.release(start);
    let t = start;
    const etVisit = this.env.protocol.visits.find((v) => v.kind === 'early-termination');
    const forms = OUTCOME_FORMS[outcome.kind];
    if (etVisit !== undefined && forms !== undefined) {
      const visitId = this.newId();
      this.emit(t, this.nurse, { type: 'visit.started', subjectId: this.subjectId, visitId, payload: { visitDefId: etVisit.id, kind: 'early-termination', startedOn: dateText(recorded) } });
      const onVisit = forms.filter((f) => etVisit.forms.includes(f));
      t = this.visitSession({ visitId, visitDefId: etVisit.id, day: recorded, studyDay: recorded - this.course.day1 + 1, forms: onVisit, kind: 'early-termination' }, t + MINUTE);
    }
    const status = outcome.kind;
    this.closedAt = t + 5 * MINUTE;
    this.emit(this.closedAt, this.investigator, {
      type: 'subject.statusChanged',
      subjectId: this.subjectId,
      payload: { status, date: dateText(outcome.day), ...(status === 'withdrawn' ? { statusReason: 'Subject withdrew consent' } : {}) },
    });
  }

  /** One visit day: every form of the visit, the visit marked done, and its follow-up queued. */
  private visitSession(
    visit: Pick<DatedVisit, 'visitId' | 'day' | 'studyDay' | 'forms' | 'kind'> & { readonly visitDefId?: string },
    start: number,
  ): number {
    const { course, rng } = this;
    const visitDefId = visit.visitDefId ?? visit.visitId;
    const onDemand = visit.kind === 'early-termination' || visit.kind === 'unscheduled';
    this.weight = Math.round(Math.min(course.weight * 1.15, Math.max(course.weight * 0.85, this.weight * (1 + rng.normal(0, 0.012)))) * 10) / 10;
    const outcome = course.outcome;
    const died = outcome.kind === 'died' && onDemand;
    const facts: VisitFacts = {
      rng,
      course,
      visitDay: visit.day,
      labs: labsAt(course.labs, visit.studyDay, rng),
      wellbeing: wellbeingAt(course.labs, visit.studyDay),
      weight: this.weight,
      ...(visit.forms.includes('infusion') || visit.forms.includes('pharmacy')
        ? { infusion: infusionAt(this.env.protocol, this.allocation, this.kit, visitDefId, visit.day, rng) }
        : {}),
      alive: !died,
      lastAliveDay: died && outcome.kind === 'died' ? outcome.day - 1 : visit.day,
      ...(onDemand && outcome.kind !== 'none' ? { outcomeDay: outcome.day } : {}),
    };
    const visitValues: Record<string, StoredValue> = {};
    const records: RecordWork[] = [];
    let t = start;
    for (const formId of visit.forms) {
      if (!onDemand && END_ONLY.has(formId)) continue;
      if (formId === 'end-of-study' && !onDemand && visit.kind !== 'end-of-study') continue;
      const model = this.env.models.get(this.allocation.arm, this.allocation.stage, visitDefId, formId);
      if (model === null) continue;
      const actor = this.env.models.isUnblindedOnly(formId) ? this.pharmacist : this.nurse;
      const context = { subject: { sex: course.sex, ageYears: course.age }, previous: this.previousValues, visit: { ...visitValues } };
      const rows: (RecordSpec | undefined)[] = model.repeating
        ? rowsFor({ profile: this.env.profile, course, formId, day: visit.day, lastVisitDay: this.lastVisitDay, onDemand }, rng)
        : [undefined];
      if (model.repeating && rows.length === 0) {
        // An empty log is answered "none to report", as the site does (shared/forms log-none.ts).
        t += 20_000; // a fixed pause: drawing it would shift every later random number of the subject
        this.emit(t, actor, { type: 'item.valueSet', subjectId: this.subjectId, visitId: visit.visitId, formId, itemId: LOG_NONE_ITEM, payload: { ...LOG_NONE_VALUE } });
      }
      for (const row of rows) {
        const place = { visitId: visit.visitId, formId, ...(row === undefined ? {} : { recordId: this.newId() }) };
        const written = writeRecord(this, model, place, answersFor(model, facts, row), context, actor, t);
        records.push(written.work);
        if (row === undefined) Object.assign(visitValues, written.values);
        t = written.end;
      }
    }
    t += rng.int(1, 10) * MINUTE;
    this.emit(t, this.nurse, { type: 'visit.statusChanged', subjectId: this.subjectId, visitId: visit.visitId, payload: { status: 'done', visitDate: dateText(visit.day) } });
    followUp(this, this.monitor, visit.day, records);
    if (!onDemand) {
      this.previousValues = visitValues;
      this.lastVisitDay = visit.day;
    }
    return t;
  }
}

/** One subject's events in time order. */
export function subjectTimeline(env: TimelineEnv, course: SubjectCourse, code: string | undefined, rng: Random): Generator<TimedDraft> {
  return new SubjectTimeline(env, course, code, rng).run();
}
