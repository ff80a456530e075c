import { beforeAll, describe, expect, it } from 'vitest';
import type { CrfEvent } from '../../../shared/events';
import { buildCasebook, directoryOf, subjectsOf, writeOdm } from '../../../shared/export';
import { realisticLog } from './support/realistic-log';
import { seedProtocol } from './support/seeds';

const protocol = seedProtocol('NCT05985863');
const { events } = realisticLog(protocol);

async function odm(mode: 'snapshot' | 'transactional', carried: (e: CrfEvent) => boolean = () => true): Promise<string> {
  let text = '';
  for await (const chunk of writeOdm({
    protocol,
    fileOid: 'F-1',
    createdAt: '2025-03-10T09:00:00.000Z',
    directory: directoryOf(events.filter(carried), ['03']),
    casebooks: subjectsOf(events).map((s) => buildCasebook(s.subjectId, s.events)),
    auditTrail: () => events.filter(carried),
    mode: mode === 'snapshot' ? { kind: 'snapshot' } : { kind: 'transactional', priorFileOid: 'F-0', carried },
  })) {
    text += chunk;
  }
  return text;
}

let snapshot: string;
beforeAll(async () => {
  snapshot = await odm('snapshot');
});

const itemData = (xml: string, oid: string): string => xml.match(new RegExp(`<ItemData ItemOID="${oid}"[\\s\\S]*?</ItemData>`))?.[0] ?? '';

describe('ODM content', () => {
  it('describes each item from the protocol and catalogue: units, hard range, question in en and zh, codes', () => {
    const def = snapshot.match(/<ItemDef OID="IT\.bilirubin"[\s\S]*?<\/ItemDef>/)?.[0] ?? '';
    expect(def).toContain('DataType="float" SignificantDigits="1"');
    expect(def).toContain('<TranslatedText xml:lang="en">Total bilirubin</TranslatedText><TranslatedText xml:lang="zh">总胆红素</TranslatedText>');
    expect(def).toContain('<RangeCheck Comparator="GE" SoftHard="Hard"><CheckValue>0</CheckValue>');
    expect(def).toContain('<RangeCheck Comparator="LE" SoftHard="Hard"><CheckValue>1200</CheckValue>');
    expect(def).toContain('<Alias Context="LOINC" Name="14631-6"/>');
    expect(def).toContain('<Alias Context="LBTESTCD" Name="BILI"/>');
    expect(snapshot).toContain('<CodeListRef CodeListOID="CL.IT.aeGrade"/>');
  });

  it('writes a value in the stored unit, noting what was typed in another unit', () => {
    const bilirubin = itemData(snapshot, 'IT.bilirubin');
    expect(bilirubin).toContain('Value="20.52"');
    expect(bilirubin).toContain('<MeasurementUnitRef MeasurementUnitOID="MU._b5_mol_2f_L"/>');
    expect(bilirubin).toContain('entered as 1.2 mg/dL');
  });

  it('writes a missing value as IsNull with its reason flagged', () => {
    const missing = snapshot.match(/<ItemData ItemOID="[^"]+" IsNull="Yes">[\s\S]*?<\/ItemData>/)?.[0] ?? '';
    expect(missing).toContain('<FlagValue CodeListOID="CL.MISSING_REASON">NOT DONE</FlagValue>');
    expect(missing).toContain('<FlagType CodeListOID="CL.FLAG_TYPE">MISSING_REASON</FlagType>');
    expect(missing).toContain('标本溶血 sample haemolysed');
    expect(missing).not.toContain('Value=');
  });

  it('gives the change with its reason an audit record with ReasonForChange and the event as SourceID', () => {
    const albumin = itemData(snapshot, 'IT.albumin');
    expect(albumin).toContain('<ReasonForChange>corrected from the lab report</ReasonForChange>');
    expect(albumin).toMatch(/<SourceID>device dev-a seq \d+ event dev-a-\d+<\/SourceID>/);
  });

  it('flags an item two devices changed concurrently', () => {
    expect(itemData(snapshot, 'IT.weight')).toContain('<FlagType CodeListOID="CL.FLAG_TYPE">UNRESOLVED_CONFLICT</FlagType>');
  });

  it('repeats the AE item group per live record and leaves removed records out of a snapshot', () => {
    expect(snapshot).toContain('<ItemGroupData ItemGroupOID="IG.adverse-events" ItemGroupRepeatKey="ae-1">');
    expect(snapshot).not.toContain('ItemGroupRepeatKey="ae-2"');
    // The log's completion is a status of the form, not a record without a key.
    expect(snapshot).not.toContain('<ItemGroupData ItemGroupOID="IG.adverse-events">');
    expect(snapshot).toMatch(/<FormData FormOID="F.adverse-events">[\s\S]*?<Comment SponsorOrSite="Site">form complete<\/Comment>/);
  });

  it('keys unscheduled visit instances by repeat key', () => {
    expect(snapshot).toContain('<StudyEventData StudyEventOID="SE.unscheduled" StudyEventRepeatKey="uns-1">');
  });

  it('lists an audit record for every event and every signature, with users and locations declared', () => {
    expect(snapshot.match(/<AuditRecord [^>]*ID="AR\./g)).toHaveLength(events.length);
    expect(snapshot.match(/<Signature ID="SG\./g)).toHaveLength(2);
    for (const [, ref] of snapshot.matchAll(/<UserRef UserOID="([^"]+)"\/>/g)) expect(snapshot).toContain(`<User OID="${ref}"`);
    for (const [, ref] of snapshot.matchAll(/<LocationRef LocationOID="([^"]+)"\/>/g)) expect(snapshot).toContain(`<Location OID="${ref}"`);
    for (const [, ref] of snapshot.matchAll(/<SignatureRef SignatureOID="([^"]+)"\/>/g)) expect(snapshot).toContain(`<SignatureDef OID="${ref}"`);
  });

  it('escapes markup and replaces characters XML cannot hold', () => {
    expect(snapshot).toContain('dup &lt;b&gt;&amp;amp;&lt;/b&gt; "x" \uFFFD \uFFFD end');
  });

  it('writes transactions for the carried changes only', async () => {
    const later = (e: CrfEvent) => e.deviceId === 'dev-a' && e.seq > 30;
    const tx = await odm('transactional', later);
    expect(tx).toContain('FileType="Transactional"');
    expect(tx).toContain('PriorFileOID="F-0"');
    expect(tx.match(/<AuditRecord [^>]*ID="AR\./g)).toHaveLength(events.filter(later).length);
    expect(tx).not.toContain('IT.bilirubin" TransactionType');
  });

  it('removes a record in a transaction', async () => {
    const tx = await odm('transactional');
    expect(tx).toMatch(/<ItemGroupData ItemGroupOID="IG.adverse-events" ItemGroupRepeatKey="ae-2" TransactionType="Remove"><AuditRecord>[\s\S]*?<ReasonForChange>entered twice/);
    expect(tx).toContain('<ItemGroupData ItemGroupOID="IG.adverse-events" ItemGroupRepeatKey="ae-1" TransactionType="Insert">');
  });
});
