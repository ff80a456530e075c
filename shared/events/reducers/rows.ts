import type { Role } from '../envelope';
import type { CrfEvent } from '../event-schema';
import type { ItemValue } from '../payloads/item';
import type { SIGNATURE_LEVELS } from '../payloads/signature';

/*
 * Projection rows: the current state the reducers compute from the events. Plain data, no
 * storage types, so the renderer's Dexie store, the importer and a command-line tool share them.
 */

/** Who changed a row, when, and by which event. */
export interface Stamp {
  readonly eventId: string;
  readonly deviceId: string;
  readonly seq: number;
  readonly at: string;
  readonly userId: string;
  readonly role: Role;
}

export const stampOf = (e: CrfEvent): Stamp => ({
  eventId: e.id,
  deviceId: e.deviceId,
  seq: e.seq,
  at: e.at,
  userId: e.userId,
  role: e.role,
});

export type SubjectStatus =
  | 'screening'
  | 'screen-failed'
  | 'eligible'
  | 'on-study'
  | 'withdrawn'
  | 'lost-to-follow-up'
  | 'died'
  | 'liver-transplant'
  | 'completed';

export interface SubjectRow {
  readonly subjectId: string;
  readonly siteId: string;
  readonly protocolId: string;
  readonly protocolVersion: string;
  readonly status: SubjectStatus;
  readonly screening: {
    readonly screenedOn: string;
    readonly result: 'pending' | 'eligible' | 'not-eligible';
    readonly confirmedBy?: string;
  };
  readonly code?: string;
  readonly sex?: 'M' | 'F';
  readonly birthYear?: number;
  readonly ageYears?: number;
  readonly day1?: string;
  readonly arm?: string;
  readonly kitNumber?: string;
  readonly stage?: number;
  readonly statusDate?: string;
  readonly statusReason?: string;
  readonly updated: Stamp;
}

export type VisitKind = 'scheduled' | 'unscheduled' | 'early-termination';

export interface VisitRow {
  readonly subjectId: string;
  readonly visitId: string;
  readonly visitDefId: string;
  readonly kind: VisitKind;
  readonly status: 'pending' | 'done' | 'not-done';
  readonly startedOn?: string;
  readonly visitDate?: string;
  readonly notDoneReason?: string;
  readonly updated: Stamp;
}

/** recordId of the entry of a non-repeating form (IndexedDB keys cannot hold undefined). */
export const SINGLE_RECORD = '';

export type FormStatus = 'not-started' | 'in-progress' | 'complete';

/** One write to an item: a value, a missing reason, or clearing both. */
export interface ItemVersion {
  readonly kind: 'value' | 'missing' | 'cleared';
  readonly stamp: Stamp;
  readonly protocolVersion: string;
  readonly reason?: string;
  readonly entered?: string;
  readonly enteredUnit?: string;
  readonly value?: ItemValue;
  readonly unit?: string;
  readonly qualifier?: '<' | '>';
  readonly softRangeConfirmed?: true;
  readonly missing?: { readonly code: string; readonly note?: string };
}

export interface ItemState {
  /** The version shown. */
  readonly current: ItemVersion;
  /**
   * Versions made without seeing `current` (or each other) on other devices: a conflict a person
   * must resolve. Empty in the normal case.
   */
  readonly concurrent: readonly ItemVersion[];
  /** Source-data verification of `current` (dropped as soon as another version is shown). */
  readonly sdv?: { readonly stamp: Stamp; readonly valueEventId: string };
}

export interface EntryRow {
  readonly subjectId: string;
  readonly visitId: string;
  readonly formId: string;
  readonly recordId: string;
  readonly status: FormStatus;
  /** A repeating form's row that was removed (its data stays in the log). */
  readonly removed: boolean;
  readonly items: Readonly<Record<string, ItemState>>;
  readonly updated: Stamp;
  readonly completed?: Stamp;
}

export type QueryStatus = 'open' | 'answered' | 'closed';

export interface QueryRow {
  readonly queryId: string;
  readonly subjectId: string;
  readonly visitId?: string;
  readonly formId?: string;
  readonly recordId?: string;
  readonly itemId?: string;
  readonly status: QueryStatus;
  readonly system: boolean;
  readonly text: string;
  readonly history: readonly {
    readonly action: 'opened' | 'answered' | 'closed' | 'reopened';
    readonly text?: string;
    readonly stamp: Stamp;
  }[];
  readonly updated: Stamp;
}

export type SignatureLevel = (typeof SIGNATURE_LEVELS)[number];

export interface SignatureRow {
  readonly signatureId: string;
  readonly subjectId: string;
  readonly level: SignatureLevel;
  readonly visitId?: string;
  readonly formId?: string;
  readonly signerName: string;
  readonly meaning: string;
  /** invalidated = data it covers changed after signing; the signer has to sign again. */
  readonly status: 'valid' | 'voided' | 'invalidated';
  readonly applied: Stamp;
  readonly ended?: { readonly stamp: Stamp; readonly reason?: string };
}

export interface ProtocolRow {
  readonly protocolId: string;
  readonly version: string;
  readonly contentHash: string;
  readonly title: string;
  readonly imported: Stamp;
}

export interface AllocationListRow {
  readonly listId: string;
  readonly protocolId: string;
  readonly protocolVersion: string;
  readonly contentHash: string;
  readonly stage: number;
  readonly entryCount: number;
  readonly imported: Stamp;
}
