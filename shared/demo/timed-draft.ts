/**
 * A demo event before it is sealed: its instant and the draft without what the trial adds (device,
 * protocol, time as text). Subjects produce them in time order; generateDemoTrial merges and seals them.
 */
import type { CrfEventDraft, Role } from '../events';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A draft as a subject's timeline writes it: the envelope's device, time and protocol come later. */
export type DraftBody = DistributiveOmit<CrfEventDraft, 'id' | 'deviceId' | 'userId' | 'role' | 'at' | 'protocolId' | 'protocolVersion' | 'knownHeads'>;

export interface Actor {
  readonly userId: string;
  readonly role: Role;
}

export interface TimedDraft {
  /** Milliseconds since 1970-01-01T00:00Z. */
  readonly at: number;
  /** Order among the subject's events at the same instant. */
  readonly order: number;
  readonly id: string;
  readonly actor: Actor;
  readonly body: DraftBody;
}

export const timedBefore = (a: TimedDraft, b: TimedDraft): boolean => a.at < b.at || (a.at === b.at && a.order < b.order);
