import { describe, expect, it } from 'vitest';
import { causalSort } from '../../../shared/export';
import { decimalText, valueText } from '../../../shared/export/casebook/value-text';
import { escapeAttr, escapeText } from '../../../shared/export/odm/xml';
import { measurementUnitOid, xmlId } from '../../../shared/export/odm/odm-ids';
import { Clock, DeviceLog, type EventBody } from './support/device-log';

describe('decimalText', () => {
  it.each([
    [20.52, '20.52'],
    [0, '0'],
    [-0, '0'],
    [1e-7, '0.0000001'],
    [-1.5e-7, '-0.00000015'],
    [1.2345e-10, '0.00000000012345'],
    [1e21, '1000000000000000000000'],
    [1.5e22, '15000000000000000000000'],
    [123456789, '123456789'],
  ])('%s → %s', (n, text) => {
    expect(decimalText(n)).toBe(text);
    expect(Number(decimalText(n))).toBe(n === 0 ? 0 : n);
  });

  it('writes yes/no as Y/N and several codes joined', () => {
    expect([valueText(true), valueText(false), valueText(['a', 'b']), valueText('x')]).toEqual(['Y', 'N', 'a;b', 'x']);
  });
});

describe('XML escaping', () => {
  it('escapes markup in text and attributes, keeping line breaks in attributes', () => {
    expect(escapeText('a < b & c > d "q"')).toBe('a &lt; b &amp; c &gt; d "q"');
    expect(escapeAttr('x="1"\n\ty')).toBe('x=&quot;1&quot;&#10;&#9;y');
  });

  it('replaces characters XML 1.0 cannot hold, keeps every other character', () => {
    expect(escapeText('a\u0000b\u001fc\uD800d\uFFFEe')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe');
    expect(escapeText('肝 😀 \t\n')).toBe('肝 😀 \t\n');
  });

  it('makes distinct OIDs and XML IDs from distinct ids', () => {
    expect(measurementUnitOid('µmol/L')).toBe('MU._b5_mol_2f_L');
    expect(measurementUnitOid('×10^9/L')).not.toBe(measurementUnitOid('x10^9/L'));
    expect(xmlId('AR', 'dev:a', 1)).toBe('AR.dev_Ca.1');
    expect(xmlId('AR', 'dev_Ca', 1)).not.toBe(xmlId('AR', 'dev:a', 1));
  });
});

describe('causalSort', () => {
  it('puts an event after what it had seen on another device, even when its clock was behind', () => {
    const clock = new Clock();
    const a = new DeviceLog('dev-a', { protocolId: 'P', protocolVersion: '1' }, clock);
    const b = new DeviceLog('dev-b', { protocolId: 'P', protocolVersion: '1' }, new Clock(Date.UTC(2020, 0, 1)));
    const first = a.add({ type: 'subject.screened', subjectId: 's', payload: { siteId: '03', screenedOn: '2025-02-28', answers: [], result: 'pending' } });
    const seen = b.sees(a).add({ type: 'subject.screened', subjectId: 's', payload: { siteId: '03', screenedOn: '2025-02-28', answers: [], result: 'pending' } });
    expect(seen.at < first.at).toBe(true);
    expect(causalSort([seen, first]).map((e) => e.id)).toEqual([first.id, seen.id]);
  });

  it('orders concurrent events by time, device, seq and never loses one', () => {
    const clock = new Clock();
    const a = new DeviceLog('dev-a', { protocolId: 'P', protocolVersion: '1' }, clock);
    const b = new DeviceLog('dev-b', { protocolId: 'P', protocolVersion: '1' }, clock);
    const body: EventBody = { type: 'subject.screened', subjectId: 's', payload: { siteId: '03', screenedOn: '2025-02-28', answers: [], result: 'pending' } };
    const events = [a.add(body), b.add(body), a.add(body), b.add(body)];
    expect(causalSort([...events].reverse())).toEqual(events);
  });
});
