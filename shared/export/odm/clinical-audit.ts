import { stampOf, type CrfEvent } from '../../events';
import { auditRecordXml, signatureXml } from './audit-record';
import { xmlId } from './odm-ids';
import { element } from './xml';

/** Where an event acted: subject / visit / form / record / item, as far as it names them. */
export function placeText(event: CrfEvent): string {
  const parts = [event.subjectId, event.visitId, event.formId, event.recordId, event.itemId].filter((p) => p !== undefined);
  return parts.length === 0 ? event.type : `${event.type} ${parts.join('/')}`;
}

export const auditId = (event: Pick<CrfEvent, 'deviceId' | 'seq'>): string => xmlId('AR', event.deviceId, event.seq);
export const signatureId = (event: Pick<CrfEvent, 'deviceId' | 'seq'>): string => xmlId('SG', event.deviceId, event.seq);

/**
 * One AuditRecord per event, for ClinicalData/AuditRecords: the complete trail of the file's events,
 * including changes no ODM element holds (form completion, queries, SDV, voided signatures, imports).
 * SourceID names the device, seq, event id and what the event did.
 */
export const auditEntryXml = (event: CrfEvent): string =>
  auditRecordXml(stampOf(event), { reason: event.reason, id: auditId(event), what: placeText(event) });

/** Every signature applied, for ClinicalData/Signatures, voided or not (voiding is in the audit trail). */
export const signatureEntryXml = (event: CrfEvent): string =>
  event.type === 'signature.applied'
    ? signatureXml({ stamp: stampOf(event), level: event.payload.level, meaning: event.payload.meaning }, signatureId(event))
    : '';

export const auditRecordsOpen = (): string => '<AuditRecords>\n';
export const auditRecordsClose = (): string => '</AuditRecords>\n';
export const signaturesXml = (entries: readonly string[]): string => (entries.length === 0 ? '' : element('Signatures', {}, ...entries) + '\n');
