import type { Role, Stamp } from '../../events';
import { deviceLocationOid, signatureDefOid, userOid } from './odm-ids';
import { element, textElement } from './xml';

/** ODM's EditPoint names the sponsor-side edits; site entry has no EditPoint value, so it is left out. */
const EDIT_POINT: Partial<Record<Role, string>> = { monitor: 'Monitoring', 'data-manager': 'DataManagement' };

/** "device D seq N event E": the event an ODM element comes from, to find it in events.ndjson. */
export const sourceText = (stamp: Pick<Stamp, 'deviceId' | 'seq' | 'eventId'>): string =>
  `device ${stamp.deviceId} seq ${stamp.seq} event ${stamp.eventId}`;

export interface AuditOptions {
  readonly reason?: string | undefined;
  /** An XML ID, for audit records in the ClinicalData/AuditRecords list. */
  readonly id?: string;
  /** What the event did, when the element around the record does not say it. */
  readonly what?: string;
}

/** Who changed it (UserRef), on which device (LocationRef), when, why, and which event it is (SourceID). */
export function auditRecordXml(stamp: Stamp, { reason, id, what }: AuditOptions = {}): string {
  return element(
    'AuditRecord',
    { EditPoint: EDIT_POINT[stamp.role], ID: id },
    element('UserRef', { UserOID: userOid(stamp.userId) }),
    element('LocationRef', { LocationOID: deviceLocationOid(stamp.deviceId) }),
    textElement('DateTimeStamp', {}, stamp.at),
    reason === undefined ? '' : textElement('ReasonForChange', {}, reason),
    textElement('SourceID', {}, what === undefined ? sourceText(stamp) : `${sourceText(stamp)}: ${what}`),
  );
}

export interface SignedBy {
  readonly stamp: Stamp;
  readonly level: string;
  readonly meaning: string;
}

export function signatureXml({ stamp, level, meaning }: SignedBy, id?: string): string {
  return element(
    'Signature',
    { ID: id },
    element('UserRef', { UserOID: userOid(stamp.userId) }),
    element('LocationRef', { LocationOID: deviceLocationOid(stamp.deviceId) }),
    element('SignatureRef', { SignatureOID: signatureDefOid(level, meaning) }),
    textElement('DateTimeStamp', {}, stamp.at),
  );
}
