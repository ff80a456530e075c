/**
 * One subject's log for casebook tests: events sealed on one device, checked and applied by the real
 * reducers (MemoryProjection), under the shipped NCT05985863 protocol. Not a test file itself.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CasebookInput } from '../../../shared/casebook';
import { MemoryProjection, sealEvent, type ChainHead, type CrfEvent, type Role } from '../../../shared/events';
import { parseProtocol, SHIPPED_CATALOGUE, type Protocol } from '../../../shared/protocol';

export function seedProtocol(): Protocol {
  const parsed = parseProtocol(JSON.parse(readFileSync(join(__dirname, '../../../seeds/NCT05985863.json'), 'utf8')), SHIPPED_CATALOGUE);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}

export const SUBJECT = 's-1';
export const DAY1 = '2025-03-10';

export interface Place {
  readonly visitId: string;
  readonly formId: string;
  readonly recordId?: string;
}

export class SubjectLog {
  readonly projection = new MemoryProjection();
  readonly events: CrfEvent[] = [];
  private head: ChainHead | null = null;
  private n = 0;

  constructor(readonly protocol: Protocol = seedProtocol()) {}

  append(body: Record<string, unknown>, role: Role = 'nurse', userId = `u-${role}`): CrfEvent {
    this.n += 1;
    const draft = {
      id: `e-${String(this.n).padStart(3, '0')}`,
      deviceId: 'dev-test',
      userId,
      role,
      at: new Date(Date.UTC(2025, 2, 1) + this.n * 60_000).toISOString(),
      protocolId: this.protocol.id,
      protocolVersion: this.protocol.version,
      subjectId: SUBJECT,
      ...body,
    };
    const sealed = sealEvent(draft, this.head);
    if (!sealed.ok) throw new Error(`invalid test event: ${JSON.stringify(sealed.issues)}`);
    const issues = this.projection.check(sealed.value);
    if (issues.length > 0) throw new Error(`test event breaks a rule: ${JSON.stringify(issues)}`);
    this.projection.apply(sealed.value);
    this.events.push(sealed.value);
    this.head = sealed.value;
    return sealed.value;
  }

  /** Screened eligible, enrolled as 03-001 with day 1 = DAY1, allocated (arm and kit K-0042). */
  enrol(arm: string | undefined = 'msc'): this {
    this.append({ type: 'subject.screened', payload: { siteId: '03', screenedOn: '2025-03-03', answers: [], result: 'eligible', confirmedBy: 'u-investigator' } }, 'investigator');
    this.append({ type: 'subject.enrolled', payload: { siteId: '03', subjectCode: '03-001', sex: 'F', ageYears: 50, day1: DAY1 } });
    this.append({ type: 'subject.armAssigned', payload: { ...(arm === undefined ? {} : { arm }), kitNumber: 'K-0042', stage: 1, source: 'allocation-list' } });
    return this;
  }

  value(place: Place, itemId: string, payload: Record<string, unknown>, reason?: string): CrfEvent {
    return this.append({ type: 'item.valueSet', ...place, itemId, payload, ...(reason === undefined ? {} : { reason }) });
  }

  missing(place: Place, itemId: string, code: string, note?: string): CrfEvent {
    return this.append({ type: 'item.missingReasonSet', ...place, itemId, payload: { code, ...(note === undefined ? {} : { note }) } });
  }

  input(blinded: boolean, today = DAY1): CasebookInput {
    const p = this.projection;
    const subject = p.subjects.get(SUBJECT);
    if (subject === undefined) throw new Error('no subject');
    return {
      protocol: this.protocol,
      subject,
      visits: [...p.visits.values()],
      entries: [...p.entries.values()],
      queries: [...p.queries.values()],
      signatures: [...p.signatures.values()],
      // Any order: the casebook orders them itself.
      events: [...this.events].reverse(),
      blinded,
      today,
    };
  }
}
