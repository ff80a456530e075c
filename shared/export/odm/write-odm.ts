import type { CrfEvent } from '../../events';
import { metaDataVersionOid, studyOid, type Protocol } from '../../protocol';
import type { Casebook } from '../casebook/casebook';
import { exportOrder } from '../casebook/order';
import { adminDataXml } from './admin-data';
import { auditEntryXml, auditRecordsClose, auditRecordsOpen, signatureEntryXml, signaturesXml } from './clinical-audit';
import type { Directory } from './directory';
import { protocolItems, studyXml } from './metadata';
import { subjectSnapshotXml, type ClinicalContext } from './snapshot';
import { subjectTransactionsXml } from './transactions';
import { unitsOfItems } from './units';
import { close, open } from './xml';

export const ODM_NAMESPACE = 'http://www.cdisc.org/ns/odm/v1.3';

type Stream<T> = AsyncIterable<T> | Iterable<T>;

/**
 * What the ODM file describes. `snapshot`: the current state of every casebook (ODM FileType
 * Snapshot). `transactional`: only the changes `carried` selects, as ODM transactions after the file
 * `priorFileOid` (FileType Transactional).
 */
export interface OdmInput {
  readonly protocol: Protocol;
  readonly fileOid: string;
  readonly createdAt: string;
  readonly directory: Directory;
  /** Casebooks in the order they are to appear (the bundle: ascending subject id). */
  readonly casebooks: Stream<Casebook>;
  /** Every event the file accounts for (ClinicalData/AuditRecords); read after the casebooks. */
  readonly auditTrail: () => Stream<CrfEvent>;
  readonly mode: { readonly kind: 'snapshot' } | { readonly kind: 'transactional'; readonly priorFileOid: string; readonly carried: (e: CrfEvent) => boolean };
  /** Sites of the devices whose location names them (the exporting device's). */
  readonly deviceSites?: Readonly<Record<string, string>>;
  /** Display names by user id, where the exporting laptop knows them (AdminData User). */
  readonly names?: ReadonlyMap<string, string>;
  readonly sourceSystem?: { readonly name: string; readonly version: string };
}

/**
 * CDISC ODM 1.3.2, streamed as strings: Study (metadata from the protocol), AdminData (users,
 * locations, signature meanings), ClinicalData (casebooks, then the audit trail and the signatures).
 * Memory: one casebook at a time plus the file's signatures.
 */
export async function* writeOdm(input: OdmInput): AsyncGenerator<string> {
  const { protocol, mode } = input;
  const items = protocolItems(protocol);
  const ctx: ClinicalContext = {
    order: exportOrder(protocol),
    repeatingForms: new Set(protocol.forms.filter((f) => f.repeating).map((f) => f.id)),
    formItems: new Map(protocol.forms.map((f) => [f.id, f.items.map((i) => i.item)])),
    units: new Set(unitsOfItems(items).map((u) => u.symbol)),
    sites: input.directory.sites,
  };
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield open('ODM', {
    xmlns: ODM_NAMESPACE,
    FileType: mode.kind === 'snapshot' ? 'Snapshot' : 'Transactional',
    Granularity: 'All',
    FileOID: input.fileOid,
    PriorFileOID: mode.kind === 'transactional' ? mode.priorFileOid : undefined,
    CreationDateTime: input.createdAt,
    AsOfDateTime: input.createdAt,
    ODMVersion: '1.3.2',
    Originator: input.sourceSystem?.name,
    SourceSystem: input.sourceSystem?.name,
    SourceSystemVersion: input.sourceSystem?.version,
  }) + '\n';
  yield* studyXml(protocol);
  yield adminDataXml({ protocol, directory: input.directory, effectiveDate: input.createdAt.slice(0, 10), ...(input.deviceSites === undefined ? {} : { deviceSites: input.deviceSites }), ...(input.names === undefined ? {} : { names: input.names }) });
  yield open('ClinicalData', { StudyOID: studyOid(protocol), MetaDataVersionOID: metaDataVersionOid(protocol) }) + '\n';
  for await (const casebook of input.casebooks) {
    yield mode.kind === 'snapshot' ? subjectSnapshotXml(casebook, ctx) : subjectTransactionsXml(casebook, mode.carried, ctx);
  }
  const signatures: string[] = [];
  let opened = false;
  let batch = '';
  for await (const event of input.auditTrail()) {
    if (!opened) batch += auditRecordsOpen();
    opened = true;
    batch += auditEntryXml(event) + '\n';
    const signature = signatureEntryXml(event);
    if (signature !== '') signatures.push(signature);
    // Yielding once per ~64 kB rather than per event keeps a million-event trail cheap to stream.
    if (batch.length > 65_536) {
      yield batch;
      batch = '';
    }
  }
  if (opened) batch += auditRecordsClose();
  yield batch;
  yield signaturesXml(signatures);
  yield close('ClinicalData') + '\n' + close('ODM') + '\n';
}
