/**
 * A synthetic trial as sealed events: N subjects of a protocol screened over the recruitment period, each
 * with a course written by its own timeline (subject-timeline.ts), merged in time order into one hash
 * chain for the demo device. Pure and deterministic: the same options (seed, dates, ids from `newId`)
 * give the same events and hashes. Lazy: events come in batches, and only the subjects whose course is
 * under way are held in memory, so a million events need no more memory than a thousand subjects' state.
 */
import { headOf, sealEvent, type ChainHead, type CrfEvent } from '../events';
import { fail, ok, type Issue, type Result } from '../lib/result';
import { parseLocalDate } from '../schedule';
import { DEFAULT_RATES, DEMO_USERS, profileOf, type DemoOptions } from './demo-options';
import { isoInstant, localInstant } from './demo-time';
import { FormModels } from './form-models';
import { MinHeap } from './min-heap';
import { deriveSeed, Random } from './random';
import { planCourse } from './subject-course';
import { subjectTimeline, type TimelineEnv } from './subject-timeline';
import type { TimedDraft } from './timed-draft';

interface Stream {
  readonly subject: number;
  readonly events: Generator<TimedDraft>;
  next: TimedDraft;
}

const streamBefore = (a: Stream, b: Stream): boolean =>
  a.next.at < b.next.at || (a.next.at === b.next.at && (a.subject < b.subject || (a.subject === b.subject && a.next.order < b.next.order)));

const SITE_ID = /^[A-Za-z0-9]{1,16}$/;

function checkOptions(options: DemoOptions): Issue[] {
  const issues: Issue[] = [];
  const issue = (path: string, message: string) => issues.push({ path: [path], message, severity: 'error' });
  const today = parseLocalDate(options.today);
  const start = parseLocalDate(options.startDate);
  if (today === undefined) issue('today', `"${options.today}" is not a date (YYYY-MM-DD)`);
  if (start === undefined) issue('startDate', `"${options.startDate}" is not a date (YYYY-MM-DD)`);
  if (today !== undefined && start !== undefined && start > today) issue('startDate', 'the trial starts after today');
  if (!Number.isInteger(options.subjects) || options.subjects < 0) issue('subjects', 'the number of subjects is a whole number ≥ 0');
  const sites = options.sites ?? ['01'];
  if (sites.length === 0 || sites.some((s) => !SITE_ID.test(s))) issue('sites', 'site ids are 1–16 letters or digits');
  const users = options.users ?? DEMO_USERS;
  for (const role of ['nurses', 'investigators', 'monitors', 'pharmacists'] as const) {
    if (users[role].length === 0) issue('users', `at least one of ${role}`);
  }
  if (options.batchSize !== undefined && (!Number.isInteger(options.batchSize) || options.batchSize < 1)) issue('batchSize', 'a batch holds at least one event');
  return issues;
}

/**
 * The demo trial's events in batches (one pass: `newId` is consumed as it goes). Invalid options are
 * issues, never a throw.
 */
export function generateDemoTrial(options: DemoOptions): Result<Generator<readonly CrfEvent[], void, undefined>, Issue[]> {
  const issues = checkOptions(options);
  if (issues.length > 0) return fail(issues);
  return ok(batches(options));
}

function* batches(options: DemoOptions): Generator<readonly CrfEvent[], void, undefined> {
  const { protocol, seed, deviceId } = options;
  const today = parseLocalDate(options.today) ?? 0;
  const start = parseLocalDate(options.startDate) ?? 0;
  const rates = { ...DEFAULT_RATES, ...options.rates };
  const sites = options.sites ?? ['01'];
  const batchSize = options.batchSize ?? 1000;
  const env: TimelineEnv = {
    protocol,
    profile: options.profile ?? profileOf(protocol),
    rates,
    users: options.users ?? DEMO_USERS,
    newId: options.newId,
    models: new FormModels(protocol),
    cutoff: localInstant(today + 1, 0) - 1,
  };
  // Screen failures come on top of the enrolled subjects, spread evenly among them.
  const failures = rates.screenFailure >= 1 ? 0 : Math.round((options.subjects * rates.screenFailure) / (1 - rates.screenFailure));
  const screened = options.subjects + failures;
  const span = options.recruitmentDays ?? Math.max(1, Math.floor(0.6 * (today - start)));
  const trialRng = new Random(deriveSeed(seed, 0));
  const codes = new Map<string, number>();

  let candidate = 0;
  let candidateDay = start;
  const nextCandidateDay = () => start + Math.floor(((candidate + trialRng.next()) * span) / Math.max(1, screened));
  if (screened > 0) candidateDay = nextCandidateDay();

  const active = new MinHeap<Stream>(streamBefore);
  let head: ChainHead | null = null;
  let batch: CrfEvent[] = [];
  for (;;) {
    // Start every subject whose screening day comes before the next queued event.
    while (candidate < screened && candidateDay <= today && (active.size === 0 || localInstant(candidateDay, 0) <= (active.peek()?.next.at ?? 0))) {
      const screenFail = failures > 0 && Math.floor(((candidate + 1) * failures) / screened) > Math.floor((candidate * failures) / screened);
      const rng = new Random(deriveSeed(seed, candidate + 1));
      const siteId = rng.pick(sites);
      const course = planCourse({ protocol, profile: env.profile, rates, index: candidate, count: screened, siteId, screeningDay: candidateDay, screenFail }, rng);
      let code: string | undefined;
      if (!screenFail) {
        const n = (codes.get(siteId) ?? 0) + 1;
        codes.set(siteId, n);
        code = `${siteId}-${String(n).padStart(3, '0')}`;
      }
      const events = subjectTimeline(env, course, code, rng);
      const first = events.next();
      if (first.done !== true) active.push({ subject: candidate, events, next: first.value });
      candidate += 1;
      if (candidate < screened) candidateDay = nextCandidateDay();
    }
    const stream = active.pop();
    if (stream === undefined) break;
    const { id, at, actor, body } = stream.next;
    const sealed = sealEvent(
      { ...body, id, deviceId, userId: actor.userId, role: actor.role, at: isoInstant(at), protocolId: protocol.id, protocolVersion: protocol.version },
      head,
    );
    if (!sealed.ok) throw new Error(`demo event ${body.type} does not parse: ${JSON.stringify(sealed.issues)}`);
    head = headOf(sealed.value);
    batch.push(sealed.value);
    if (batch.length >= batchSize) {
      yield batch;
      batch = [];
    }
    const next = stream.events.next();
    if (next.done !== true) {
      stream.next = next.value;
      active.push(stream);
    }
  }
  if (batch.length > 0) yield batch;
}
