import { describe, expect, it } from 'vitest';
import type { ItemId } from '../../../shared/catalogue';
import type { QueryRow } from '../../../shared/events';
import type { Problem } from '../../../shared/forms';
import { completionQueries, queryActions, sdvHistory, sdvKey, sdvStateOf, systemQueryText, visibleQueries } from '../../../shared/review';
import { LABS_W4, PROTOCOL, TrialData } from './builders';

const albuminKey = sdvKey('labs', undefined, 'albumin');
const stateOf = (data: TrialData, itemId = 'albumin') => {
  const entry = [...data.projection.entries.values()].find((e) => e.visitId === 'w4' && e.formId === 'labs');
  return sdvStateOf(sdvHistory(data.events), sdvKey('labs', undefined, itemId), entry?.items[itemId]);
};

describe('source-data verification told from the log', () => {
  it('is verified by whom and when, then cleared by a later change, naming the change', () => {
    const data = new TrialData().enrol();
    expect(stateOf(data)).toEqual({ kind: 'none' });
    const value = data.value(LABS_W4, 'albumin', 30, { unit: 'g/L' });
    const mark = data.sdv(LABS_W4, 'albumin', value);
    expect(stateOf(data)).toMatchObject({ kind: 'verified', verified: { eventId: mark.id, role: 'monitor' } });
    const change = data.value(LABS_W4, 'albumin', 31, { unit: 'g/L' });
    expect(stateOf(data)).toMatchObject({ kind: 'cleared-by-change', verified: { eventId: mark.id }, change: { eventId: change.id, role: 'nurse', at: change.at } });
    // Verified again, then the monitor takes the mark away.
    const again = data.sdv(LABS_W4, 'albumin', change);
    expect(stateOf(data)).toMatchObject({ kind: 'verified', verified: { eventId: again.id } });
    const removal = data.sdvCleared(LABS_W4, 'albumin');
    expect(stateOf(data)).toMatchObject({ kind: 'removed', removed: { eventId: removal.id } });
  });

  it('a missing reason or a clearing after verification also clears it; other fields are untouched', () => {
    const data = new TrialData().enrol();
    const albumin = data.value(LABS_W4, 'albumin', 30, { unit: 'g/L' });
    const inr = data.value(LABS_W4, 'inr', 1.4, { unit: 'ratio' });
    data.sdv(LABS_W4, 'albumin', albumin);
    data.sdv(LABS_W4, 'inr', inr);
    data.missing(LABS_W4, 'albumin', 'NOT DONE');
    expect(stateOf(data).kind).toBe('cleared-by-change');
    expect(stateOf(data, 'inr').kind).toBe('verified');
    expect(sdvHistory(data.events).get(albuminKey)?.kind).toBe('cleared-by-change');
  });

  it('follows the projection when the log alone would say verified but the value shown changed', () => {
    const data = new TrialData().enrol();
    const value = data.value(LABS_W4, 'albumin', 30, { unit: 'g/L' });
    data.sdv(LABS_W4, 'albumin', value);
    const history = sdvHistory(data.events);
    expect(sdvStateOf(history, albuminKey, undefined)).toEqual({ kind: 'none' });
  });
});

const warning = (key: ItemId, en: string): Problem => ({ key, keys: [key], severity: 'warning', code: 'range.soft-high', message: { en, zh: `${en}（中）` } });

const query = (partial: Partial<QueryRow>): QueryRow => ({
  queryId: 'q',
  subjectId: 's-1',
  visitId: 'w4',
  formId: 'labs',
  status: 'open',
  system: true,
  text: '',
  history: [],
  updated: { eventId: 'e', deviceId: 'd', seq: 1, at: '2025-03-01T00:00:00.000Z', userId: 'u', role: 'nurse' },
  ...partial,
});

describe('system queries at completion', () => {
  const place = { subjectId: 's-1', visitId: 'w4', formId: 'labs' };

  it('raises one query per unconfirmed warning, on its field, in both languages', () => {
    const drafts = completionQueries(place, [warning('bilirubin', 'Bilirubin high'), warning('inr', 'INR high'), { ...warning('alt', 'ALT high'), confirmed: true }], []);
    expect(drafts).toEqual([
      { itemId: 'bilirubin', text: 'Bilirubin high\nBilirubin high（中）' },
      { itemId: 'inr', text: 'INR high\nINR high（中）' },
    ]);
    expect(systemQueryText(warning('alt', 'A'))).toBe('A\nA（中）');
  });

  it('does not raise a warning again while its system query is unresolved, but does once it was closed', () => {
    const text = systemQueryText(warning('bilirubin', 'Bilirubin high'));
    const open = query({ itemId: 'bilirubin', text });
    expect(completionQueries(place, [warning('bilirubin', 'Bilirubin high')], [open])).toEqual([]);
    expect(completionQueries(place, [warning('bilirubin', 'Bilirubin high')], [{ ...open, status: 'answered' }])).toEqual([]);
    expect(completionQueries(place, [warning('bilirubin', 'Bilirubin high')], [{ ...open, status: 'closed' }])).toHaveLength(1);
    expect(completionQueries(place, [warning('bilirubin', 'Bilirubin high')], [{ ...open, system: false }])).toHaveLength(1);
    expect(completionQueries({ ...place, recordId: 'r1' }, [warning('bilirubin', 'Bilirubin high')], [open])).toHaveLength(1);
  });
});

describe('query actions by state and role', () => {
  it('lets the site answer an open query and the monitor close or reopen, with the policy’s reason otherwise', () => {
    expect(queryActions('nurse', 'open').map((a) => [a.action, a.allowed])).toEqual([
      ['answer', true],
      ['close', false],
    ]);
    const close = queryActions('nurse', 'answered')[0];
    expect(close?.action).toBe('close');
    expect(close?.allowed === false ? close.refusal.message.en : '').toBe('A research nurse may not close a query: only a monitor may.');
    expect(queryActions('monitor', 'open').map((a) => [a.action, a.allowed])).toEqual([
      ['answer', false],
      ['close', true],
    ]);
    expect(queryActions('monitor', 'closed').map((a) => [a.action, a.allowed])).toEqual([['reopen', true]]);
    expect(queryActions('investigator', 'closed').map((a) => [a.action, a.allowed])).toEqual([['reopen', false]]);
  });
});

describe('queries a reviewer may read', () => {
  it('a blinded reviewer does not see queries about an unblinded-only form or item; an unblinded one does', () => {
    const data = new TrialData().enrol();
    data.query('q-labs', { ...LABS_W4, itemId: 'albumin' });
    data.query('q-pharmacy', { visitId: 'w0', formId: 'pharmacy', itemId: 'totalCells' });
    data.query('q-subject', {});
    const queries = [...data.projection.queries.values()];
    const ids = (blinded: boolean) => visibleQueries(data.review('2025-04-10', blinded), PROTOCOL, queries).map((q) => q.queryId).sort();
    expect(ids(true)).toEqual(['q-labs', 'q-subject']);
    expect(ids(false)).toEqual(['q-labs', 'q-pharmacy', 'q-subject']);
  });
});
