import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalize, GENESIS_HASH, hashEvent, sealEvent, sha256Hex } from '../../../shared/events';

// A fixed event, written out in full so that this file alone pins the canonical form and the hash:
// if either changes, every stored chain in the field would stop verifying.
const golden = {
  id: 'e-0001',
  deviceId: 'dev-a',
  seq: 1,
  userId: 'u-nurse',
  role: 'nurse',
  at: '2025-03-01T08:00:01.000Z',
  protocolId: 'NCT05985863',
  protocolVersion: '1.0',
  type: 'item.valueSet',
  subjectId: 'subj-1',
  visitId: 'W4',
  formId: 'labs',
  itemId: 'bilirubin',
  payload: { entered: '5.2', enteredUnit: 'mg/dL', value: 88.92, unit: 'µmol/L' },
  prevHash: GENESIS_HASH,
} as const;

const GOLDEN_CANONICAL =
  '{"at":"2025-03-01T08:00:01.000Z","deviceId":"dev-a","formId":"labs","id":"e-0001","itemId":"bilirubin",' +
  '"payload":{"entered":"5.2","enteredUnit":"mg/dL","unit":"µmol/L","value":88.92},' +
  `"prevHash":"${GENESIS_HASH}","protocolId":"NCT05985863","protocolVersion":"1.0","role":"nurse","seq":1,` +
  '"subjectId":"subj-1","type":"item.valueSet","userId":"u-nurse","visitId":"W4"}';
const GOLDEN_HASH = 'dc813067a5fe66dfb805f2dad80aa5c118281ebfa644a3c25eb160235f512a76';

describe('hashEvent', () => {
  it('hashes the golden event to its recorded canonical form and SHA-256', () => {
    expect(canonicalize(golden)).toBe(GOLDEN_CANONICAL);
    expect(hashEvent(golden)).toBe(GOLDEN_HASH);
  });

  it('agrees with an independent SHA-256 (node:crypto) over the UTF-8 canonical form', () => {
    expect(GOLDEN_HASH).toBe(createHash('sha256').update(GOLDEN_CANONICAL, 'utf8').digest('hex'));
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('leaves the hash field itself out of what it hashes', () => {
    expect(hashEvent({ ...golden, hash: 'f'.repeat(64) })).toBe(GOLDEN_HASH);
  });

  it('is what sealEvent stores for the same draft', () => {
    const { seq: _s, prevHash: _p, ...draft } = golden;
    const sealed = sealEvent(draft, null);
    expect(sealed.ok && sealed.value.hash).toBe(GOLDEN_HASH);
  });
});
