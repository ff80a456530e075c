import { compact } from '../compact';
import type { DraftOf, EventOf } from '../event-schema';
import { issue } from '../issues';
import type { Issue } from '../../lib/result';
import { stampOf } from './rows';
import type { RowChanges, TouchedRows } from './touched';

type SignatureDraft = DraftOf<'signature.applied'> | DraftOf<'signature.voided'>;
type SignatureEvent = EventOf<'signature.applied'> | EventOf<'signature.voided'>;

export function checkSignatureEvent(draft: SignatureDraft, rows: TouchedRows): Issue[] {
  switch (draft.type) {
    case 'signature.applied':
      return [
        ...(rows.subject === undefined ? [issue(['subjectId'], 'no such subject')] : []),
        ...(rows.signature !== undefined ? [issue(['payload', 'signatureId'], 'a signature with this id exists')] : []),
        ...(draft.payload.level === 'form' && rows.entry?.status !== 'complete'
          ? [issue(['formId'], 'only a completed form can be signed')]
          : []),
      ];
    case 'signature.voided':
      return [
        ...(rows.signature?.status !== 'valid' ? [issue(['payload', 'signatureId'], 'no valid signature with this id')] : []),
        ...(draft.reason === undefined ? [issue(['reason'], 'voiding a signature needs a reason')] : []),
      ];
  }
}

export function applySignatureEvent(event: SignatureEvent, rows: TouchedRows): RowChanges {
  const stamp = stampOf(event);
  switch (event.type) {
    case 'signature.applied': {
      const { subjectId, visitId, formId } = event;
      return { signatures: [{ ...event.payload, ...compact({ subjectId, visitId, formId }), status: 'valid', applied: stamp }] };
    }
    case 'signature.voided': {
      const signature = rows.signature;
      if (signature === undefined) return {};
      return { signatures: [{ ...signature, status: 'voided', ended: compact({ stamp, reason: event.reason }) }] };
    }
  }
}
