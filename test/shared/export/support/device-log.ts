import { headOf, sealEvent, type ChainHead, type CrfEvent, type CrfEventDraft, type Role } from '../../../../shared/events';

/*
 * Builds sealed event logs for the export tests: one DeviceLog per device, a shared clock so events of
 * different devices interleave in time, and knownHeads set by `sees` (what a device has imported).
 */

type EnvelopeKey = 'id' | 'deviceId' | 'userId' | 'role' | 'at' | 'protocolId' | 'protocolVersion' | 'knownHeads';
/** An event as a test writes it: type, scope and payload; the log adds the envelope. */
export type EventBody = CrfEventDraft extends infer D ? (D extends CrfEventDraft ? Omit<D, EnvelopeKey> : never) : never;

export interface Actor {
  readonly userId: string;
  readonly role: Role;
}

export const NURSE: Actor = { userId: 'u-nurse', role: 'nurse' };
export const INVESTIGATOR: Actor = { userId: 'u-investigator', role: 'investigator' };
export const MONITOR: Actor = { userId: 'u-monitor', role: 'monitor' };

export class Clock {
  private ms: number;
  constructor(start = Date.UTC(2025, 2, 1, 8, 0, 0)) {
    this.ms = start;
  }
  next(): string {
    this.ms += 1000;
    return new Date(this.ms).toISOString();
  }
}

export class DeviceLog {
  readonly events: CrfEvent[] = [];
  private head: ChainHead | null = null;
  private readonly known = new Map<string, number>();

  constructor(
    readonly deviceId: string,
    private readonly protocol: { readonly protocolId: string; readonly protocolVersion: string },
    private readonly clock: Clock,
  ) {}

  /** This device has imported everything `other` holds so far. */
  sees(other: DeviceLog): this {
    if (other.head !== null) this.known.set(other.deviceId, other.head.seq);
    for (const [d, s] of other.known) if (d !== this.deviceId) this.known.set(d, Math.max(s, this.known.get(d) ?? 0));
    return this;
  }

  add(body: EventBody, actor: Actor = NURSE): CrfEvent {
    const knownHeads = Object.fromEntries(this.known);
    const draft = {
      id: `${this.deviceId}-${this.events.length + 1}`,
      deviceId: this.deviceId,
      ...actor,
      at: this.clock.next(),
      ...this.protocol,
      ...(this.known.size > 0 ? { knownHeads } : {}),
      ...body,
    };
    const sealed = sealEvent(draft, this.head);
    if (!sealed.ok) throw new Error(`test event does not seal: ${JSON.stringify(sealed.issues)}`);
    this.head = headOf(sealed.value);
    this.events.push(sealed.value);
    return sealed.value;
  }

  get chainHead(): ChainHead | null {
    return this.head;
  }
}
