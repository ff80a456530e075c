import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatLocalDate, parseLocalDate } from '../../../shared/schedule';
import { buildReview, COUNT_KEYS, hasOpenQuery, sumCounts, zeroCounts, type ProtocolReview, type ReviewCounts } from '../../../shared/review';
import { LABS_W4, PROTOCOL, TrialData } from './builders';

const visitOf = (review: ProtocolReview, visitId: string, subjectId = 's-1') => {
  const visit = review.subjects.find((s) => s.subjectId === subjectId)?.visits.find((v) => v.visitId === visitId);
  if (visit === undefined) throw new Error(`no visit ${visitId}`);
  return visit;
};
const formOf = (review: ProtocolReview, visitId: string, formId: string, subjectId = 's-1') => {
  const form = visitOf(review, visitId, subjectId).forms.find((f) => f.formId === formId);
  if (form === undefined) throw new Error(`no form ${formId} at ${visitId}`);
  return form;
};
const counts = (partial: Partial<ReviewCounts>): ReviewCounts => ({ ...zeroCounts(), ...partial });
const kindsAt = (review: ProtocolReview, visitId: string) =>
  review.findings.filter((f) => f.visitId === visitId).map((f) => `${f.kind}:${f.formId}${f.itemId === undefined ? '' : `.${f.itemId}`}`);

/** Labs at w4 with only bilirubin entered. */
const partlyEntered = () => {
  const data = new TrialData().enrol();
  data.value(LABS_W4, 'bilirubin', 120, { unit: 'µmol/L' });
  return data;
};

describe('window edges', () => {
  it('counts nothing as missing while the window is open, up to and including its last day', () => {
    const review = partlyEntered().review('2025-04-01');
    expect(visitOf(review, 'w4')).toMatchObject({ due: 'open', windowStart: '2025-03-26', windowEnd: '2025-04-01' });
    // labs in progress and visit/clinical not started: forms not yet due; the AE log is never expected.
    expect(formOf(review, 'w4', 'labs').counts).toEqual(counts({ notYetDue: 1 }));
    expect(visitOf(review, 'w4').counts).toEqual(counts({ notYetDue: 3 }));
  });

  it('counts required empty fields as missing from the day after the window closes', () => {
    const review = partlyEntered().review('2025-04-02');
    expect(visitOf(review, 'w4').due).toBe('window-closed');
    expect(formOf(review, 'w4', 'labs').counts).toEqual(counts({ missing: 2 }));
    // …and the empty adverse-event log, never answered "none", is one missing answer.
    expect(visitOf(review, 'w4').counts).toEqual(counts({ missing: 3, notStarted: 2 }));
    expect(kindsAt(review, 'w4')).toEqual(['not-started:visit', 'missing:labs.albumin', 'missing:labs.inr', 'not-started:clinical', 'missing:adverse-events.logNone']);
  });

  it('counts missing values as soon as the visit is marked done, even inside its window', () => {
    const data = partlyEntered();
    data.visitDone('w4', '2025-03-29');
    const review = data.review('2025-03-29');
    expect(visitOf(review, 'w4')).toMatchObject({ due: 'done', visitDate: '2025-03-29' });
    expect(formOf(review, 'w4', 'labs').counts).toEqual(counts({ missing: 2 }));
  });

  it('lists a visit as upcoming before its window, with every form not yet due', () => {
    const review = new TrialData().enrol().review('2025-03-25');
    expect(visitOf(review, 'w4')).toMatchObject({ due: 'upcoming', counts: counts({ notYetDue: 3 }) });
    expect(visitOf(review, 'w0')).toMatchObject({ due: 'window-closed', counts: counts({ notStarted: 2 }) });
  });

  it('never counts a visit that is not yet due as missing, whatever today is', () => {
    const data = partlyEntered();
    const windowEnd = parseLocalDate('2025-04-01') ?? 0;
    fc.assert(
      fc.property(fc.integer({ min: windowEnd - 200, max: windowEnd }), (day) => {
        const visit = visitOf(data.review(formatLocalDate(day)), 'w4');
        return (visit.due === 'open' || visit.due === 'upcoming') && visit.counts.missing === 0 && visit.counts.notStarted === 0;
      }),
      { numRuns: 60 },
    );
  });
});

describe('field categories', () => {
  it('keeps a final missing reason (accounted) apart from NAV (pending)', () => {
    const data = partlyEntered();
    data.missing(LABS_W4, 'albumin', 'NOT DONE');
    data.missing(LABS_W4, 'inr', 'NAV');
    data.missing(LABS_W4, 'alt', 'UNK');
    const review = data.review('2025-04-10');
    expect(formOf(review, 'w4', 'labs').counts).toEqual(counts({ accounted: 2, pending: 1 }));
    expect(review.findings.filter((f) => f.visitId === 'w4' && f.formId === 'labs').map((f) => f.message.en)).toEqual([
      'Albumin: not recorded (Not done).',
      'International normalised ratio (INR): result pending (temporarily unavailable).',
      'Alanine aminotransferase (ALT): not recorded (Unknown).',
    ]);
  });

  it('counts a cleared required field as missing again', () => {
    const data = partlyEntered();
    data.cleared(LABS_W4, 'bilirubin');
    expect(formOf(data.review('2025-04-10'), 'w4', 'labs').counts.missing).toBe(3);
  });

  it('flags soft values until confirmed, using the protocol’s soft range, and hard violations always', () => {
    const data = new TrialData().enrol();
    data.value(LABS_W4, 'bilirubin', 350, { unit: 'µmol/L' });
    data.value(LABS_W4, 'albumin', 80, { unit: 'g/L', softRangeConfirmed: true });
    data.value(LABS_W4, 'inr', 7, { unit: 'ratio' });
    data.value(LABS_W4, 'alt', 2500, { unit: 'U/L', softRangeConfirmed: true });
    const review = data.review('2025-03-29');
    expect(formOf(review, 'w4', 'labs').counts).toEqual(counts({ softUnconfirmed: 2, hardViolations: 1, notYetDue: 1 }));
    const labs = review.findings.filter((f) => f.visitId === 'w4' && f.formId === 'labs');
    expect(labs.map((f) => `${f.kind}:${f.itemId}`)).toEqual(['soft-unconfirmed:bilirubin', 'hard-violation:albumin', 'soft-unconfirmed:inr']);
    expect(labs[0]?.message).toEqual({
      en: 'Total bilirubin: 350 µmol/L is above the expected 300 µmol/L, not confirmed.',
      zh: '总胆红素：350 µmol/L 高于预期的 300 µmol/L，尚未确认。',
    });
    expect(labs[1]?.message.en).toBe('Albumin: 80 g/L is outside the possible range 5–70 g/L.');
  });

  it('does not ask for a field that does not apply (refractory ascites without ascites)', () => {
    const clinical = { visitId: 'w4', formId: 'clinical' };
    const data = new TrialData().enrol();
    data.value(clinical, 'ascitesGrade', '0');
    expect(formOf(data.review('2025-04-10'), 'w4', 'clinical').counts.missing).toBe(0);
    data.value(clinical, 'ascitesGrade', '2');
    expect(formOf(data.review('2025-04-10'), 'w4', 'clinical').counts.missing).toBe(1);
  });

  it('does not ask a man for a pregnancy test', () => {
    const eligibility = { visitId: 'screening', formId: 'eligibility' };
    const man = new TrialData().enrol('s-1', '01-001', { sex: 'M' });
    man.value(eligibility, 'consentDate', '2025-02-24');
    expect(formOf(man.review('2025-04-10'), 'screening', 'eligibility').counts.missing).toBe(0);
    const woman = new TrialData().enrol();
    woman.value(eligibility, 'consentDate', '2025-02-24');
    expect(formOf(woman.review('2025-04-10'), 'screening', 'eligibility').counts.missing).toBe(1);
  });

  it('checks each row of a repeating form and skips removed ones', () => {
    const ae = { visitId: 'w4', formId: 'adverse-events' };
    const data = new TrialData().enrol();
    data.record({ ...ae, recordId: 'ae-1' }).record({ ...ae, recordId: 'ae-2' });
    data.value({ ...ae, recordId: 'ae-1' }, 'aeTerm', 'Fever');
    data.value({ ...ae, recordId: 'ae-1' }, 'aeOngoing', true);
    data.removeRecord({ ...ae, recordId: 'ae-2' });
    const review = data.review('2025-04-10');
    expect(formOf(review, 'w4', 'adverse-events')).toMatchObject({ status: 'in-progress', records: 1, counts: counts({ missing: 1 }) });
    const missing = review.findings.find((f) => f.formId === 'adverse-events');
    expect(missing).toMatchObject({
      kind: 'missing',
      recordId: 'ae-1',
      itemId: 'aeStart',
      link: { subjectId: 's-1', visitId: 'w4', formId: 'adverse-events', recordId: 'ae-1', itemId: 'aeStart' },
    });
  });
});

describe('the "none to report" answer of a log', () => {
  const ae = { visitId: 'w4', formId: 'adverse-events' };
  const row = (recordId: string) => ({ ...ae, recordId });
  const aeOf = (data: TrialData, today = '2025-04-10') => formOf(data.review(today), 'w4', 'adverse-events');
  const logFindings = (data: TrialData, today = '2025-04-10') =>
    data.review(today).findings.filter((f) => f.formId === 'adverse-events').map((f) => ({ kind: f.kind, itemId: f.itemId, recordId: f.recordId, message: f.message.en }));

  it('counts an empty log at a visit that is due as one missing answer, linked to the log’s "none" control', () => {
    const data = new TrialData().enrol();
    expect(aeOf(data)).toMatchObject({ status: 'not-started', records: 0, counts: counts({ missing: 1 }) });
    const [found] = data.review('2025-04-10').findings.filter((f) => f.formId === 'adverse-events');
    expect(found).toMatchObject({
      kind: 'missing',
      itemId: 'logNone',
      message: { en: 'adverse-events: no entries, and “None to report” not answered.', zh: 'adverse-events（中）：没有记录，且未选择“无可报告”。' },
      link: { subjectId: 's-1', visitId: 'w4', formId: 'adverse-events', itemId: 'logNone' },
    });
    expect(found?.recordId).toBeUndefined();
  });

  it('does not count an empty log while the visit is not yet due, nor at an on-demand visit', () => {
    expect(aeOf(new TrialData().enrol(), '2025-04-01').counts).toEqual(counts({}));
    const data = new TrialData().enrol();
    data.startVisit('uns-1', 'unscheduled', '2025-03-12').visitDone('uns-1', '2025-03-12');
    expect(formOf(data.review('2025-04-30'), 'uns-1', 'adverse-events').counts).toEqual(counts({}));
  });

  it('accepts an empty log answered "none" as complete, and counts it missing again once the answer is withdrawn', () => {
    const data = new TrialData().enrol();
    data.value(ae, 'logNone', true);
    expect(aeOf(data)).toMatchObject({ status: 'complete', records: 0, counts: counts({}) });
    expect(visitOf(data.review('2025-04-10'), 'w4').forms.filter((f) => f.repeating).map((f) => f.status)).toEqual(['complete']);
    data.cleared(ae, 'logNone');
    expect(aeOf(data).counts).toEqual(counts({ missing: 1 }));
  });

  it('does not take a "none" answer set to anything but true, nor a missing reason, as "none"', () => {
    const data = new TrialData().enrol();
    data.value(ae, 'logNone', false);
    expect(aeOf(data).counts).toEqual(counts({ missing: 1 }));
    data.missing(ae, 'logNone', 'UNK');
    expect(aeOf(data).counts).toEqual(counts({ missing: 1 }));
  });

  it('flags "none" with rows added afterwards as a contradiction, once per log, whatever the visit’s state', () => {
    const data = new TrialData().enrol();
    data.value(ae, 'logNone', true);
    data.record(row('ae-1')).record(row('ae-2'));
    for (const id of ['ae-1', 'ae-2']) {
      data.value(row(id), 'aeTerm', 'Fever');
      data.value(row(id), 'aeStart', '2025-03-27');
      data.value(row(id), 'aeOngoing', true);
    }
    expect(aeOf(data)).toMatchObject({ records: 2, counts: counts({ hardViolations: 1 }) });
    expect(logFindings(data)).toEqual([
      { kind: 'hard-violation', itemId: 'logNone', recordId: undefined, message: 'adverse-events: “None to report” was answered, but 2 entries were added.' },
    ]);
    // Not yet due: the contradiction is already there.
    expect(aeOf(data, '2025-03-27').counts).toEqual(counts({ hardViolations: 1 }));
    // Removing one row still leaves one; removing the other too leaves a valid "none".
    data.removeRecord(row('ae-2'));
    expect(logFindings(data).map((f) => f.message)).toEqual(['adverse-events: “None to report” was answered, but 1 entry was added.']);
    data.removeRecord(row('ae-1'));
    expect(aeOf(data)).toMatchObject({ status: 'complete', records: 0, counts: counts({}) });
  });

  it('resolves a contradiction when the "none" answer is withdrawn, the rows then checked as usual', () => {
    const data = new TrialData().enrol();
    data.value(ae, 'logNone', true);
    data.record(row('ae-1'));
    data.value(row('ae-1'), 'aeTerm', 'Fever');
    data.cleared(ae, 'logNone');
    expect(aeOf(data)).toMatchObject({ status: 'in-progress', records: 1, counts: counts({ missing: 2 }) });
    expect(logFindings(data).map((f) => `${f.kind}:${f.itemId}`)).toEqual(['missing:aeStart', 'missing:aeOngoing']);
  });
});

describe('visits and subjects', () => {
  it('expects nothing of a visit marked not done, but still checks data entered before', () => {
    const data = partlyEntered();
    data.value(LABS_W4, 'albumin', 90, { unit: 'g/L' });
    data.visitNotDone('w4');
    expect(visitOf(data.review('2025-05-01'), 'w4')).toMatchObject({ due: 'not-done', counts: counts({ hardViolations: 1 }) });
  });

  it('expects no visit whose window opens after the subject left the study', () => {
    const data = new TrialData().enrol();
    data.status('died', '2025-03-20');
    const review = data.review('2025-06-30');
    expect(visitOf(review, 'w0').due).toBe('window-closed');
    expect(visitOf(review, 'w4')).toMatchObject({ due: 'not-expected', counts: counts({}) });
    expect(visitOf(review, 'w12').due).toBe('not-expected');
  });

  it('checks an on-demand visit’s started forms, counting missing values once it is marked done, but expects no form', () => {
    const place = { visitId: 'uns-1', formId: 'labs' };
    const data = new TrialData().enrol();
    data.startVisit('uns-1', 'unscheduled', '2025-03-12');
    data.value(place, 'bilirubin', 800, { unit: 'µmol/L' });
    expect(visitOf(data.review('2025-04-30'), 'uns-1')).toMatchObject({ due: 'started', counts: counts({ softUnconfirmed: 1 }) });
    data.visitDone('uns-1', '2025-03-12');
    const visit = visitOf(data.review('2025-04-30'), 'uns-1');
    expect(visit.counts).toEqual(counts({ softUnconfirmed: 1, missing: 2 }));
    expect(data.review('2025-04-30').subjects[0]?.visits.map((v) => v.visitId)).toEqual(['screening', 'w0', 'w4', 'w12', 'uns-1']);
  });

  it('reviews a subject still in screening by the data it has', () => {
    const data = new TrialData();
    data.screenOnly('s-9');
    data.value({ visitId: 'screening', formId: 'eligibility' }, 'consentDate', '2025-02-24', {}, 's-9');
    const subject = data.review('2025-04-30').subjects[0];
    expect(subject?.visits.map((v) => [v.visitId, v.due])).toEqual([['screening', 'started']]);
    expect(subject?.counts).toEqual(counts({}));
  });

  it('leaves unblinded-only forms out of a blinded review and in an unblinded one', () => {
    const data = new TrialData().enrol();
    data.value({ visitId: 'w0', formId: 'pharmacy' }, 'totalCells', 5e9, { unit: 'cells' });
    const blinded = data.review('2025-04-30', true);
    expect(visitOf(blinded, 'w0').forms.map((f) => f.formId)).toEqual(['visit', 'labs']);
    expect(blinded.findings.some((f) => f.formId === 'pharmacy')).toBe(false);
    const unblinded = data.review('2025-04-30', false);
    expect(formOf(unblinded, 'w0', 'pharmacy').counts).toEqual(counts({ hardViolations: 1, missing: 1 }));
  });
});

describe('queries', () => {
  it('counts unresolved queries where they point and indexes them for the "has open query" filter', () => {
    const data = partlyEntered();
    data.query('q-item', { ...LABS_W4, itemId: 'bilirubin' });
    data.query('q-answered', { ...LABS_W4, itemId: 'albumin' }).queryStep('q-answered', 'query.answered');
    data.query('q-closed', { ...LABS_W4, itemId: 'inr' }).queryStep('q-closed', 'query.closed');
    data.query('q-visit', { visitId: 'w4' });
    data.query('q-subject', {});
    const review = data.review('2025-03-29');
    expect(formOf(review, 'w4', 'labs').counts).toMatchObject({ openQueries: 1, answeredQueries: 1 });
    expect(visitOf(review, 'w4').counts).toMatchObject({ openQueries: 2, answeredQueries: 1 });
    expect(review.subjects[0]?.counts).toMatchObject({ openQueries: 3, answeredQueries: 1 });
    expect(hasOpenQuery(review.openQueries, { subjectId: 's-1', ...LABS_W4, itemId: 'bilirubin' })).toBe(true);
    expect(hasOpenQuery(review.openQueries, { subjectId: 's-1', ...LABS_W4, itemId: 'inr' })).toBe(false);
    expect(review.openQueries.get('s-1/w4/labs//albumin')).toEqual([{ queryId: 'q-answered', status: 'answered', system: false, text: 'Please check' }]);
  });
});

describe('roll-ups and findings', () => {
  const busy = () => {
    const data = new TrialData().enrol('s-1', '01-002').enrol('s-2', '01-001').enrol('s-3', '02-001', { sex: 'M', day1: '2025-03-08' });
    for (const subjectId of ['s-1', 's-2', 's-3']) {
      data.value(LABS_W4, 'bilirubin', subjectId === 's-2' ? 900 : 100, { unit: 'µmol/L' }, subjectId);
      data.missing(LABS_W4, 'inr', 'NAV', subjectId);
      data.value({ visitId: 'w0', formId: 'labs' }, 'albumin', 3, { unit: 'g/L' }, subjectId);
    }
    data.query('q-1', { visitId: 'w4' }, 's-2');
    data.query('q-2', {}, 's-3');
    return data;
  };

  it('sums forms into visits, visits into subjects, subjects into sites and the protocol', () => {
    const review = busy().review('2025-04-05');
    for (const subject of review.subjects) {
      for (const visit of subject.visits) {
        const visitLevel = visit.visitId === 'w4' && subject.subjectId === 's-2' ? counts({ openQueries: 1 }) : zeroCounts();
        expect(visit.counts).toEqual(sumCounts([...visit.forms.map((f) => f.counts), visitLevel]));
      }
      const own = subject.subjectId === 's-3' ? counts({ openQueries: 1 }) : zeroCounts();
      expect(subject.counts).toEqual(sumCounts([...subject.visits.map((v) => v.counts), own]));
    }
    expect(review.sites.map((s) => [s.siteId, s.subjects])).toEqual([['01', 2], ['02', 1]]);
    for (const site of review.sites) {
      expect(site.counts).toEqual(sumCounts(review.subjects.filter((s) => s.siteId === site.siteId).map((s) => s.counts)));
    }
    expect(review.counts).toEqual(sumCounts(review.sites.map((s) => s.counts)));
    for (const key of COUNT_KEYS.filter((k) => k !== 'openQueries' && k !== 'answeredQueries' && k !== 'notYetDue' && k !== 'notStarted')) {
      expect(review.findings.filter((f) => f.kind === kindOf(key)).length).toBe(review.counts[key]);
    }
    expect(review.findings.filter((f) => f.kind === 'not-started').length).toBe(review.counts.notStarted);
  });

  it('lists findings sorted by subject code, visit, form and field, with unique keys and links to their fields', () => {
    const review = busy().review('2025-04-05');
    const keys = review.findings.map((f) => f.sortKey);
    expect(keys).toEqual([...keys].sort());
    expect(new Set(review.findings.map((f) => f.key)).size).toBe(review.findings.length);
    expect([...new Set(review.findings.map((f) => f.subjectId))]).toEqual(['s-2', 's-1', 's-3']);
    for (const f of review.findings) {
      expect(f.link).toEqual({ subjectId: f.subjectId, visitId: f.visitId, formId: f.formId, ...(f.itemId === undefined ? {} : { itemId: f.itemId }) });
      expect(f.message.en.length).toBeGreaterThan(0);
      expect(f.message.zh.length).toBeGreaterThan(0);
    }
  });

  it('refuses a today that is not a date, and ignores subjects of other protocols', () => {
    const data = busy();
    const p = data.projection;
    const input = { protocol: PROTOCOL, blinded: true, subjects: p.subjects.values(), visits: [], entries: [] };
    expect(buildReview({ ...input, today: '2025-02-30' })).toMatchObject({ ok: false, issues: [{ path: ['today'] }] });
    const other = buildReview({ ...input, protocol: { ...PROTOCOL, id: 'OTHER' }, today: '2025-04-05' });
    expect(other.ok && other.value.subjects).toEqual([]);
  });
});

function kindOf(key: string): string {
  return { missing: 'missing', accounted: 'accounted', pending: 'pending', softUnconfirmed: 'soft-unconfirmed', hardViolations: 'hard-violation' }[key] ?? key;
}
