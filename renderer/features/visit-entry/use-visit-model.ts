import { useMemo } from 'react';
import type { SubjectRow, VisitRow } from '../../../shared/events';
import { buildVisitModel, type VisitModel, type FormIssue } from '../../../shared/forms';
import type { Result } from '../../../shared/lib/result';
import type { Protocol } from '../../../shared/protocol';

/**
 * The visit's forms for this subject (arm and stage) and this user (blinded or not), from the protocol
 * version the subject's data is entered under. A visit instance of an on-demand visit (unscheduled, early
 * termination) names its definition in the store; a scheduled visit's id is its definition.
 */
export function useVisitModel(
  protocol: Protocol | undefined,
  subject: SubjectRow | undefined,
  visit: VisitRow | undefined,
  visitId: string,
  blinded: boolean,
): Result<VisitModel, FormIssue[]> | undefined {
  const visitDefId = visit?.visitDefId ?? visitId;
  const arm = subject?.arm;
  const stage = subject?.stage;
  return useMemo(() => {
    if (protocol === undefined || subject === undefined) return undefined;
    return buildVisitModel({
      protocol,
      visitId: visitDefId,
      ...(arm === undefined ? {} : { arm }),
      ...(stage === undefined ? {} : { stage }),
      blinded,
    });
  }, [protocol, subject, visitDefId, arm, stage, blinded]);
}
