import { describe, expect, it } from 'vitest';
import { buildCasebookView } from '../../../shared/casebook';
import { buildCasebook, directoryOf, writeOdm } from '../../../shared/export';
import { seedProtocol } from '../export/support/seeds';
import { INVESTIGATOR, ledger } from './ledger';

const protocol = seedProtocol('NCT05985863');
const LABS = { subjectId: 'subj-1', visitId: 'w0', formId: 'labs', itemId: 'bilirubin' };
const APPROVE = 'I approve these data as accurate and complete';

/** Labs signed, unlocked with a reason, corrected, and signed again with another meaning. */
function signedTwice() {
  const l = ledger();
  const { d } = l;
  l.given(d.screened('subj-1'), d.enrolled('subj-1'), d.value(LABS, 20.5), d.completed(LABS));
  const first = d.signed('subj-1', 'form', 'sig-1', { visitId: 'w0', formId: 'labs' });
  l.given({ ...first, payload: { ...first.payload, meaning: APPROVE } });
  l.given(d.voided('subj-1', 'sig-1', { ...INVESTIGATOR, reason: 'bilirubin re-run by the lab' }));
  l.given(d.value(LABS, 22, { reason: 'lab re-run' }));
  const second = d.signed('subj-1', 'form', 'sig-2', { visitId: 'w0', formId: 'labs' });
  l.given({ ...second, payload: { ...second.payload, meaning: 'Reviewed' } });
  return l;
}

describe('signatures and their voids where people read them', () => {
  it('the casebook lists both signatures, the voided one with who voided it and why, and the form as signed', () => {
    const { p, events } = signedTwice();
    const subject = p.subjects.get('subj-1');
    if (subject === undefined) throw new Error('no subject');
    const view = buildCasebookView({
      protocol,
      subject,
      visits: [...p.visits.values()],
      entries: [...p.entries.values()],
      queries: [...p.queries.values()],
      signatures: [...p.signatures.values()],
      events,
      blinded: true,
      today: '2025-03-10',
    });
    expect(view.signatures).toEqual([
      expect.objectContaining({ signatureId: 'sig-1', signerName: 'Dr Li Wei', meaning: APPROVE, status: 'voided', ended: expect.objectContaining({ reason: 'bilirubin re-run by the lab', stamp: expect.objectContaining({ userId: 'u-investigator' }) }) }),
      expect.objectContaining({ signatureId: 'sig-2', meaning: 'Reviewed', status: 'valid' }),
    ]);
    const labs = view.visits.find((v) => v.visitId === 'w0')?.forms.find((f) => f.formId === 'labs');
    expect(labs).toMatchObject({ signed: true, lifecycle: 'signed' });
  });

  it('the ODM export holds each Signature with its meaning and printed name, and the void with its reason in the audit trail', async () => {
    const { events } = signedTwice();
    let xml = '';
    for await (const chunk of writeOdm({
      protocol,
      fileOid: 'F-1',
      createdAt: '2025-03-10T09:00:00.000Z',
      directory: directoryOf(events, ['03']),
      casebooks: [buildCasebook('subj-1', events)],
      auditTrail: () => events,
      mode: { kind: 'snapshot' },
    })) {
      xml += chunk;
    }
    const signatures = [...xml.matchAll(/<Signature ID="[^"]+">[\s\S]*?<\/Signature>/g)].map((m) => m[0]);
    expect(signatures).toHaveLength(2);
    const refs = signatures.map((s) => s.match(/SignatureOID="([^"]+)"/)?.[1] ?? '');
    const meaningOf = (oid: string) => xml.match(new RegExp(`<SignatureDef OID="${oid}"[^>]*>\\s*<Meaning>([^<]*)</Meaning>`))?.[1];
    expect(refs.map(meaningOf)).toEqual([APPROVE, 'Reviewed']);
    expect(signatures[0]).toContain('<DateTimeStamp>2025-03-01T08:00:05.000Z</DateTimeStamp>');
    expect(xml).toContain('<FullName>Dr Li Wei</FullName>');
    expect(xml).toMatch(/<AuditRecord [^>]*>[\s\S]*?<ReasonForChange>bilirubin re-run by the lab<\/ReasonForChange>[\s\S]*?<\/AuditRecord>/);
  });
});
