import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseProtocol, SHIPPED_CATALOGUE } from '../../../shared/protocol';
import { Clock, DeviceLog, INVESTIGATOR } from './support/device-log';
import { buildFull, membersOf } from './support/bundle';
import { REPO_ROOT } from './support/seeds';
import { TINY } from './support/tiny-protocol';

/*
 * Golden CSV files for a tiny protocol and a hand-written day of data. Every line of
 * test/fixtures/export/tiny/ was checked by hand; after a deliberate format change, rewrite them with
 * UPDATE_GOLDEN=1 and check the diff line by line.
 */
const GOLDEN = join(REPO_ROOT, 'test/fixtures/export/tiny');

function tinyLog() {
  const clock = new Clock(Date.UTC(2025, 2, 1, 1, 0, 0));
  const scope = { protocolId: 'TINY', protocolVersion: '1.0' };
  const a = new DeviceLog('dev-a', scope, clock);
  const b = new DeviceLog('dev-b', scope, clock);
  const subjectId = 's-001';
  const labs = (visitId: string) => ({ subjectId, visitId, formId: 'labs' });
  const ae = (recordId: string) => ({ subjectId, visitId: 'w0', formId: 'adverse-events', recordId });
  a.add({ type: 'subject.screened', subjectId, payload: { siteId: '03', screenedOn: '2025-02-28', answers: [{ criterionId: 'inc-consent', answer: 'yes' }], result: 'eligible', confirmedBy: 'u-investigator' } });
  a.add({ type: 'subject.enrolled', subjectId, payload: { siteId: '03', subjectCode: '03-001', sex: 'F', birthYear: 1968, day1: '2025-03-03' } });
  a.add({ type: 'subject.armAssigned', subjectId, payload: { arm: 'msc', stage: 1, source: 'manual' } });
  a.add({ type: 'visit.statusChanged', subjectId, visitId: 'screening', payload: { status: 'done', visitDate: '2025-03-01' } });
  a.add({ type: 'item.valueSet', subjectId, visitId: 'screening', formId: 'visit', itemId: 'visitDate', payload: { entered: '2025-03-01', value: '2025-03-01' } });
  a.add({ type: 'item.valueSet', ...labs('screening'), itemId: 'bilirubin', payload: { entered: '1.2', enteredUnit: 'mg/dL', value: 20.52, unit: 'µmol/L' } });
  a.add({ type: 'item.missingReasonSet', ...labs('screening'), itemId: 'albumin', payload: { code: 'NAV', note: '结果待回报 result awaited' } });
  a.add({ type: 'item.valueSet', ...labs('screening'), itemId: 'inr', payload: { entered: '1.8', value: 1.8, unit: 'ratio' } });
  a.add({ type: 'item.valueSet', ...labs('screening'), itemId: 'alt', payload: { entered: '<10', value: 10, unit: 'U/L', qualifier: '<' } });

  a.add({ type: 'visit.statusChanged', subjectId, visitId: 'w0', payload: { status: 'done', visitDate: '2025-03-03' } });
  a.add({ type: 'item.valueSet', ...labs('w0'), itemId: 'bilirubin', payload: { entered: '34.2', value: 34.2, unit: 'µmol/L' } });
  a.add({ type: 'item.valueSet', ...labs('w0'), itemId: 'albumin', payload: { entered: '30', value: 30, unit: 'g/L' } });
  a.add({ type: 'item.missingReasonSet', ...labs('w0'), itemId: 'inr', payload: { code: 'NOT DONE', note: 'sample clotted, not repeated' } });
  a.add({ type: 'form.completed', ...labs('w0'), payload: {} });
  a.add({ type: 'form.reopened', ...labs('w0'), reason: 'albumin mistyped', payload: {} });
  a.add({ type: 'item.valueSet', ...labs('w0'), itemId: 'albumin', reason: 'albumin mistyped', payload: { entered: '31', value: 31, unit: 'g/L' } });
  a.add({ type: 'form.completed', ...labs('w0'), payload: {} });
  a.add({ type: 'record.added', ...ae('ae-1'), payload: {} });
  a.add({ type: 'item.valueSet', ...ae('ae-1'), itemId: 'aeTerm', payload: { entered: 'Fever, "high" 发热\nat night', value: 'Fever, "high" 发热\nat night' } });
  a.add({ type: 'item.valueSet', ...ae('ae-1'), itemId: 'aeGrade', payload: { entered: '2', value: '2' } });
  a.add({ type: 'item.valueSet', ...ae('ae-1'), itemId: 'aeSerious', payload: { entered: 'no', value: false } });
  a.add({ type: 'record.added', ...ae('ae-2'), payload: {} });
  a.add({ type: 'item.valueSet', ...ae('ae-2'), itemId: 'aeTerm', payload: { entered: '=HYPERLINK("x")', value: '=HYPERLINK("x")' } });
  a.add({ type: 'record.added', ...ae('ae-3'), payload: {} });
  a.add({ type: 'item.valueSet', ...ae('ae-3'), itemId: 'aeTerm', payload: { entered: 'entered twice', value: 'entered twice' } });
  a.add({ type: 'record.removed', ...ae('ae-3'), reason: 'duplicate of ae-1', payload: {} });
  a.add({ type: 'signature.applied', subjectId, visitId: 'w0', formId: 'labs', payload: { signatureId: 'sig-1', level: 'form', signerName: 'Dr Li Wei', meaning: 'I confirm these results' } }, INVESTIGATOR);
  // The second laptop saw all of that, then both changed the week-0 bilirubin without seeing each other.
  b.sees(a);
  a.add({ type: 'item.valueSet', ...labs('w0'), itemId: 'bilirubin', reason: 'lab re-run', payload: { entered: '35', value: 35, unit: 'µmol/L' } });
  b.add({ type: 'item.valueSet', ...labs('w0'), itemId: 'bilirubin', reason: 'lab re-run', payload: { entered: '36', value: 36, unit: 'µmol/L' } });
  b.add({ type: 'subject.screened', subjectId: 's-002', payload: { siteId: '03', screenedOn: '2025-03-02', answers: [{ criterionId: 'inc-consent', answer: 'no' }], result: 'not-eligible', confirmedBy: 'u-investigator' } });
  return [...a.events, ...b.events];
}

const FILES = ['csv/visit.csv', 'csv/labs.csv', 'csv/adverse-events.csv', 'csv/missing-fields.csv', 'csv/data-dictionary.csv'] as const;
let members: Record<string, Uint8Array>;

beforeAll(async () => {
  members = membersOf((await buildFull(TINY, tinyLog(), { today: '2025-03-12' })).bytes);
});

describe('CSV golden files (tiny protocol)', () => {
  it('uses a protocol the parser accepts', () => {
    expect(parseProtocol(TINY, SHIPPED_CATALOGUE).ok).toBe(true);
  });

  it.each(FILES)('%s matches its golden file', (path) => {
    const bytes = members[path] ?? new Uint8Array();
    const file = join(GOLDEN, path.replace('csv/', ''));
    if (process.env['UPDATE_GOLDEN'] !== undefined) {
      mkdirSync(GOLDEN, { recursive: true });
      writeFileSync(file, bytes);
    }
    // Compared as text (BOM included) so a failure shows a readable diff.
    expect(Buffer.from(bytes).toString('utf8')).toBe(readFileSync(file, 'utf8'));
  });

  it('starts with a byte-order mark and ends every line with CRLF', () => {
    const bytes = members['csv/labs.csv'] ?? new Uint8Array();
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = Buffer.from(bytes).toString('utf8');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/"[^"]*"/g, '').split('\n').every((line, i, all) => i === all.length - 1 || line.endsWith('\r'))).toBe(true);
  });
});
