/**
 * What a subject's plots show, as plain data: one row per visit instance placed in study weeks, a cell per
 * measure (a value with its range status, a missing reason, or a score that cannot be computed), and the
 * series the charts draw (the values only). Nothing here renders.
 */
import type { LocalizedText } from '../catalogue';
import type { VisitKind } from '../events';
import type { DerivedScoreId } from '../protocol';

/** The labs plotted, in stored (SI) units. */
export const PLOT_LABS = ['bilirubin', 'inr', 'albumin', 'creatinine'] as const;
export type PlotLabId = (typeof PLOT_LABS)[number];

/** Every measure, in the order the charts and the table show them. */
export const PLOT_MEASURES = ['meld', 'childPugh', 'bilirubin', 'inr', 'albumin', 'creatinine'] as const;
export type PlotMeasureId = (typeof PLOT_MEASURES)[number];

/**
 * Where a value falls: as the form engine and the review judge it (hard bounds inclusive unless the
 * minimum is exclusive, soft thresholds strict). A score takes the worst status of its lab inputs.
 */
export type PlotRange = 'ok' | 'soft-low' | 'soft-high' | 'hard-low' | 'hard-high';

/** How the visit was placed on the time axis. */
export type PlotDateSource =
  /** the date the visit was done (visit status), else the visit date recorded on its forms, else the day an on-demand visit started */
  | 'actual'
  /** not done yet: the scheduled target date (day 1 + the visit's target study day) */
  | 'target';

export interface PlotVisit {
  readonly visitId: string;
  readonly visitDefId: string;
  readonly kind: VisitKind;
  readonly label: LocalizedText;
  readonly date: string;
  readonly dateSource: PlotDateSource;
  /** SDTM study day: day 1 is the first infusion, no day 0. */
  readonly studyDay: number;
  /** Weeks since day 1 (day 1 = week 0; day 8 = week 1; screening is negative). Fractional. */
  readonly week: number;
}

export type PlotCell =
  | {
      readonly kind: 'value';
      /** Stored unit (labs) or the score. Finite. */
      readonly value: number;
      /** Labs: where the value falls. Scores: always 'ok' (see `flaggedInputs`). */
      readonly range: PlotRange;
      /** A lab result below or above the assay's limit: `value` is that limit. */
      readonly qualifier?: '<' | '>';
      /** The site confirmed this unusual value (labs). */
      readonly confirmed?: boolean;
      /** A class or grade shown beside a score (Child-Pugh class). */
      readonly detail?: LocalizedText;
      /** Score inputs whose value is outside a range (the score is computed from them). */
      readonly flaggedInputs?: readonly PlotLabId[];
    }
  /** A lab answered with a missing reason (NOT DONE, NAV...). */
  | { readonly kind: 'missing'; readonly code: string }
  /** A score whose inputs are incomplete at this visit. */
  | { readonly kind: 'needs'; readonly message: LocalizedText }
  /** A score whose inputs are outside the formula's domain (e.g. zero). */
  | { readonly kind: 'not-computable'; readonly message: LocalizedText };

export interface PlotRow extends PlotVisit {
  readonly cells: Readonly<Partial<Record<PlotMeasureId, PlotCell>>>;
}

/** How a point is marked: a lab outside its soft or hard range, or a score computed from one. */
export type PlotFlag = 'none' | 'soft' | 'hard';

export interface PlotPoint {
  readonly visitId: string;
  readonly week: number;
  readonly value: number;
  readonly flag: PlotFlag;
  readonly qualifier?: '<' | '>';
}

export interface PlotSeries {
  readonly id: PlotMeasureId;
  readonly kind: 'score' | 'lab';
  readonly label: LocalizedText;
  /** The stored unit (labs; none for INR, a ratio). */
  readonly unit?: LocalizedText;
  /** Which score formula (scores): the protocol's own MELD where it defines one. */
  readonly scoreId?: DerivedScoreId;
  readonly hardRange?: { readonly min: number; readonly max: number; readonly minExclusive: boolean };
  /** The soft range of the protocol's form holding the lab (else the catalogue's). */
  readonly softRange?: { readonly low?: number; readonly high?: number };
  /** Decimals the catalogue stores (labs) or 0 (scores). */
  readonly decimals: number;
  /** The values, by week. */
  readonly points: readonly PlotPoint[];
}

export interface SubjectSeries {
  readonly day1: string;
  /** Visits with at least one plotted cell, by week. */
  readonly rows: readonly PlotRow[];
  /** One per measure, in PLOT_MEASURES order. */
  readonly series: readonly PlotSeries[];
}
