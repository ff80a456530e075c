/**
 * The printable casebook of one subject, as plain data: what it holds and in which order. Built by
 * `buildCasebookView` from the projection rows, the subject's events and the protocol version the
 * subject is entered under, for one role (blinded or not). Locale-neutral: labels carry both languages,
 * stamps carry user ids; the renderer words and formats them.
 *
 * Blinding works by absence, as in shared/forms: for a blinded role the view holds no arm (only the kit
 * number), no unblinded-only form or item, and nothing about them (queries, signatures, audit rows).
 */
import type { LocalizedText } from '../catalogue';
import type { CareVisitStatus } from '../care';
import type { FormStatus, QueryRow, QueryStatus, SignatureLevel, SignatureRow, Stamp, SubjectStatus, VisitKind } from '../events';
import type { FormStage } from './form-stage';

export type Bilingual = LocalizedText;

export interface ArmRef {
  readonly id: string;
  readonly label: Bilingual;
}

export interface CasebookSubject {
  readonly subjectId: string;
  /** The code printed on the casebook ("03-001"); absent before enrolment. */
  readonly code?: string;
  readonly siteId: string;
  readonly protocolId: string;
  readonly protocolVersion: string;
  readonly protocolTitle: Bilingual;
  readonly status: SubjectStatus;
  readonly statusDate?: string;
  readonly statusReason?: string;
  readonly screenedOn: string;
  readonly screeningResult: 'pending' | 'eligible' | 'not-eligible';
  readonly sex?: 'M' | 'F';
  readonly birthYear?: number;
  readonly ageYears?: number;
  readonly day1?: string;
  readonly stage?: number;
  readonly kitNumber?: string;
  /** Only in a view built for an unblinded role. */
  readonly arm?: ArmRef;
}

/** One step of the subject's status history (screening, enrolment, allocation, study status). */
export type StatusStep = { readonly stamp: Stamp; readonly reason?: string } & (
  | { readonly kind: 'screened'; readonly screenedOn: string; readonly result: 'pending' | 'eligible' | 'not-eligible' }
  | { readonly kind: 'enrolled'; readonly code: string; readonly day1: string }
  | {
      readonly kind: 'assigned';
      readonly stage: number;
      readonly source: 'manual' | 'allocation-list';
      readonly kitNumber?: string;
      /** Only for unblinded roles. */
      readonly arm?: ArmRef;
    }
  | { readonly kind: 'status'; readonly status: SubjectStatus; readonly date: string; readonly statusReason?: string }
);

/** A visit as the casebook lists it: the schedule's statuses, plus "started" for an on-demand visit not yet settled. */
export type CasebookVisitStatus = CareVisitStatus | 'started';

export interface UnitText {
  readonly code: string;
  readonly label: Bilingual;
}

/** What an item shows: nothing, a missing reason (kept apart from the value), or a value. */
export type ItemShown =
  | { readonly kind: 'empty' }
  | { readonly kind: 'missing'; readonly code: string; readonly label?: Bilingual; readonly note?: string }
  | { readonly kind: 'value'; readonly value: ShownValue };

export type ShownValue =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'choice'; readonly choices: readonly { readonly code: string; readonly label?: Bilingual }[] }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | {
      readonly kind: 'number';
      /** Exactly as typed, in the unit it was typed in. */
      readonly entered: string;
      readonly enteredUnit?: UnitText;
      /** The stored number in full (plain decimal), in the stored unit. */
      readonly stored: string;
      readonly storedUnit?: UnitText;
      /** True when it was typed in another unit than the stored one. */
      readonly converted: boolean;
      readonly qualifier?: '<' | '>';
    };

export interface CasebookItem {
  readonly itemId: string;
  readonly label: Bilingual;
  readonly shown: ItemShown;
  /** The site confirmed a value outside the soft range. */
  readonly softRangeConfirmed: boolean;
  /** The value shown is source-verified. */
  readonly verified: boolean;
  /** Versions from other devices that conflict with the one shown. */
  readonly conflicts: number;
  readonly changed?: Stamp;
}

export interface CasebookRecord {
  readonly recordId: string;
  /** 1, 2… for the live rows of a repeating form, as the visit page numbers them; absent otherwise. */
  readonly number?: number;
  readonly status: FormStatus;
  /** A removed row of a repeating form (its data stays in the log): when, by whom and why. */
  readonly removed?: { readonly stamp: Stamp; readonly reason?: string };
  readonly items: readonly CasebookItem[];
}

export interface CasebookForm {
  readonly formId: string;
  readonly title: Bilingual;
  readonly repeating: boolean;
  /** not-started → in-progress → complete → verified → signed (form-stage.ts). */
  readonly lifecycle: FormStage;
  /** The last completion of the form (or of its last completed row). */
  readonly completed?: Stamp;
  /** Values and missing reasons shown, and how many of them are source-verified. */
  readonly sdv: { readonly verified: number; readonly total: number };
  /** A valid signature (form, visit or casebook level) covers the form. */
  readonly signed: boolean;
  /** Live rows first (numbered), removed rows after; one record for a non-repeating form once started. */
  readonly records: readonly CasebookRecord[];
}

export interface CasebookVisit {
  readonly visitId: string;
  readonly visitDefId: string;
  readonly label: Bilingual;
  readonly kind: VisitKind;
  readonly status: CasebookVisitStatus;
  readonly studyDay?: number;
  readonly targetDate?: string;
  readonly windowStart?: string;
  readonly windowEnd?: string;
  readonly startedOn?: string;
  readonly visitDate?: string;
  readonly notDoneReason?: string;
  /** Anything recorded at this visit (a visit row or any form data). */
  readonly recorded: boolean;
  /** Every form of the visit the role may see, in protocol order (empty when nothing is recorded). */
  readonly forms: readonly CasebookForm[];
}

/** Where a query or signature is: a visit, a form, a row, an item, each with its label. */
export interface CasebookPlace {
  readonly visit?: { readonly visitId: string; readonly label: Bilingual };
  readonly form?: { readonly formId: string; readonly title: Bilingual };
  readonly record?: { readonly recordId: string; readonly number?: number };
  readonly item?: { readonly itemId: string; readonly label: Bilingual };
}

export interface CasebookQuery {
  readonly queryId: string;
  readonly status: QueryStatus;
  readonly system: boolean;
  readonly text: string;
  readonly place: CasebookPlace;
  readonly history: QueryRow['history'];
}

export interface CasebookSignature {
  readonly signatureId: string;
  readonly level: SignatureLevel;
  readonly place: CasebookPlace;
  readonly signerName: string;
  readonly meaning: string;
  readonly status: SignatureRow['status'];
  readonly applied: Stamp;
  readonly ended?: SignatureRow['ended'];
}

/** A change made with a reason for change (a correction of settled data, a removed row, a reopened form). */
export interface ReasonedChange {
  readonly stamp: Stamp;
  readonly reason: string;
  readonly what:
    | { readonly kind: 'item'; readonly itemId: string; readonly label: Bilingual; readonly recordNumber?: number }
    | { readonly kind: 'record-removed'; readonly recordNumber?: number }
    | { readonly kind: 'form-reopened' }
    | { readonly kind: 'other'; readonly type: string };
}

/** Per form of a visit: how often it changed, when first and last, by whom, and the changes made with a reason. */
export interface FormAudit {
  readonly visitId: string;
  readonly visitLabel: Bilingual;
  readonly formId: string;
  readonly formTitle: Bilingual;
  readonly changes: number;
  readonly first: Stamp;
  readonly last: Stamp;
  /** Everyone who changed the form (user and role), in order of their first change. */
  readonly who: readonly { readonly userId: string; readonly role: Stamp['role']; readonly changes: number }[];
  readonly withReason: readonly ReasonedChange[];
}

export interface CasebookView {
  readonly blinded: boolean;
  readonly subject: CasebookSubject;
  readonly statusHistory: readonly StatusStep[];
  /** In schedule order; on-demand visits where their start date falls. */
  readonly visits: readonly CasebookVisit[];
  readonly queries: readonly CasebookQuery[];
  readonly signatures: readonly CasebookSignature[];
  readonly audit: readonly FormAudit[];
}
