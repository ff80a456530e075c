import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, hashEvent, parseEvent, sealEvent, verifyChain } from '../../../shared/events';
import { draftsFor, LAB, sealChain } from './builders';

describe('sealEvent', () => {
  const d = draftsFor('dev-a');

  it('starts a device chain at seq 1 on the genesis hash', () => {
    const sealed = sealEvent(d.value(LAB, 88.9), null);
    expect(sealed.ok).toBe(true);
    if (!sealed.ok) return;
    expect(sealed.value).toMatchObject({ seq: 1, prevHash: GENESIS_HASH, deviceId: 'dev-a' });
    expect(sealed.value.hash).toBe(hashEvent(sealed.value));
  });

  it('links each event to the previous one of the same device', () => {
    const [first, second] = sealChain([d.value(LAB, 88.9), d.value(LAB, 90.1)]);
    expect(second).toMatchObject({ seq: 2, prevHash: first?.hash });
  });

  it('refuses a head of another device', () => {
    const [first] = sealChain([d.value(LAB, 1)]);
    const other = draftsFor('dev-b').value(LAB, 2);
    const sealed = sealEvent(other, first === undefined ? null : { deviceId: first.deviceId, seq: 1, hash: first.hash });
    expect(sealed).toMatchObject({ ok: false, issues: [{ path: ['deviceId'] }] });
  });

  it('refuses an invalid draft with issues that point at the field', () => {
    const bad = { ...d.value(LAB, 1), at: '2025-03-01 08:00', itemId: undefined };
    const sealed = sealEvent(bad, null);
    expect(sealed.ok).toBe(false);
    if (sealed.ok) return;
    expect(sealed.issues.map((i) => i.path)).toEqual(expect.arrayContaining([['at'], ['itemId']]));
  });

  it('refuses fields the schema does not know instead of dropping them from the hash', () => {
    const sealed = sealEvent({ ...d.value(LAB, 1), colour: 'red' }, null);
    expect(sealed).toMatchObject({ ok: false, issues: [{ message: expect.stringContaining('colour') }] });
  });

  it('stores text in NFC, so the stored event is exactly its canonical form', () => {
    const draft = { ...d.value(LAB, 'cafe\u0301'), reason: 'typo: cafe\u0301' };
    const sealed = sealEvent(draft, null);
    expect(sealed.ok && sealed.value.payload).toMatchObject({ entered: 'caf\u00e9', value: 'caf\u00e9' });
    expect(sealed.ok && sealed.value.reason).toBe('typo: caf\u00e9');
  });

  it('survives a round trip through JSON and parseEvent unchanged and still verifying', () => {
    const chain = sealChain([d.screened('subj-1'), d.enrolled('subj-1'), d.value(LAB, 88.9, { unit: 'µmol/L' })]);
    const back = chain.map((e) => parseEvent(JSON.parse(JSON.stringify(e))));
    const events = back.map((r) => (r.ok ? r.value : undefined));
    expect(events).toEqual(chain);
    expect(verifyChain(chain).ok).toBe(true);
  });

  it('parseEvent reports bad chain fields and bad body fields together', () => {
    const [event] = sealChain([d.value(LAB, 1)]);
    const parsed = parseEvent({ ...event, seq: 0, role: 'janitor' });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues.map((i) => i.path)).toEqual(expect.arrayContaining([['seq'], ['role']]));
    expect(parseEvent('not an event')).toMatchObject({ ok: false });
  });
});
