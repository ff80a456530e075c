/**
 * The subject's status history from its events (the projection keeps only the latest of each): every
 * screening record, the enrolment, every allocation (the kit; the arm only for unblinded roles) and
 * every study-status change, oldest first, each with who, when and the reason for change.
 */
import { stampOf, type CrfEvent } from '../events';
import type { Protocol } from '../protocol';
import type { ArmRef, StatusStep } from './casebook-types';

export function armRef(protocol: Protocol, arm: string): ArmRef {
  return { id: arm, label: protocol.arms.find((a) => a.id === arm)?.label ?? { en: arm, zh: arm } };
}

/** `events`: the subject's events in time order. */
export function statusHistory(events: readonly CrfEvent[], protocol: Protocol, blinded: boolean): StatusStep[] {
  const steps: StatusStep[] = [];
  for (const e of events) {
    const common = { stamp: stampOf(e), ...(e.reason === undefined ? {} : { reason: e.reason }) };
    switch (e.type) {
      case 'subject.screened':
        steps.push({ ...common, kind: 'screened', screenedOn: e.payload.screenedOn, result: e.payload.result });
        break;
      case 'subject.enrolled':
        steps.push({ ...common, kind: 'enrolled', code: e.payload.subjectCode, day1: e.payload.day1 });
        break;
      case 'subject.armAssigned': {
        const { arm, kitNumber, stage, source } = e.payload;
        steps.push({
          ...common,
          kind: 'assigned',
          stage,
          source,
          ...(kitNumber === undefined ? {} : { kitNumber }),
          ...(blinded || arm === undefined ? {} : { arm: armRef(protocol, arm) }),
        });
        break;
      }
      case 'subject.statusChanged':
        steps.push({
          ...common,
          kind: 'status',
          status: e.payload.status,
          date: e.payload.date,
          ...(e.payload.statusReason === undefined ? {} : { statusReason: e.payload.statusReason }),
        });
        break;
      default:
        break;
    }
  }
  return steps;
}
