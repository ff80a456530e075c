/**
 * Why a field has no value (domain.md §5). A missing reason is stored beside the value, never in it:
 * REDCap-style sentinel codes (e.g. -999) collide with real values and leak into analyses.
 */
import { z } from 'zod';
import type { LocalizedText } from './schema';

export const MISSING_REASON_CODES = ['NOT DONE', 'UNK', 'NA', 'ASKU', 'NASK', 'NAV'] as const;
export const MissingReasonCode = z.enum(MISSING_REASON_CODES);
export type MissingReasonCode = z.infer<typeof MissingReasonCode>;

/**
 * How the reason reaches SDTM [ASSUMPTION, domain.md §5]: as --STAT = NOT DONE (with a fixed --REASND
 * when the reason implies one; otherwise the site's free text), as no record at all, or not yet: the
 * value is pending and the field stays open as a query.
 */
export type SdtmMissingMapping =
  | { readonly representation: 'not-done'; readonly reasonNotDone?: string }
  | { readonly representation: 'no-record' }
  | { readonly representation: 'pending' };

export interface MissingReason {
  readonly code: MissingReasonCode;
  readonly meaning: string;
  readonly label: LocalizedText;
  /**
   * HL7 v3 NullFlavor for ODM IsNull export. HL7 has no "not done"; NI (no information) is its root
   * flavour and the closest honest match.
   */
  readonly hl7NullFlavor: 'NI' | 'UNK' | 'NA' | 'ASKU' | 'NASK' | 'NAV';
  readonly sdtm: SdtmMissingMapping;
  /** False when the reason is temporary (NAV): the field still counts as outstanding in review. */
  readonly final: boolean;
}

export const MISSING_REASONS: Readonly<Record<MissingReasonCode, MissingReason>> = {
  'NOT DONE': {
    code: 'NOT DONE',
    meaning: 'The test or assessment was not performed (CDISC ND codelist, C49484).',
    label: { en: 'Not done', zh: '未做' },
    hl7NullFlavor: 'NI',
    sdtm: { representation: 'not-done' },
    final: true,
  },
  UNK: {
    code: 'UNK',
    meaning: 'A value applies but is not known, and no source can supply it.',
    label: { en: 'Unknown', zh: '不详' },
    hl7NullFlavor: 'UNK',
    sdtm: { representation: 'not-done', reasonNotDone: 'UNKNOWN' },
    final: true,
  },
  NA: {
    code: 'NA',
    meaning: 'No value applies to this subject, e.g. a pregnancy test in a man.',
    label: { en: 'Not applicable', zh: '不适用' },
    hl7NullFlavor: 'NA',
    sdtm: { representation: 'no-record' },
    final: true,
  },
  ASKU: {
    code: 'ASKU',
    meaning: 'The subject or source was asked but did not know.',
    label: { en: 'Asked but unknown', zh: '已询问，但不详' },
    hl7NullFlavor: 'ASKU',
    sdtm: { representation: 'not-done', reasonNotDone: 'UNKNOWN' },
    final: true,
  },
  NASK: {
    code: 'NASK',
    meaning: 'The question was not asked.',
    label: { en: 'Not asked', zh: '未询问' },
    hl7NullFlavor: 'NASK',
    sdtm: { representation: 'not-done', reasonNotDone: 'NOT ASKED' },
    final: true,
  },
  NAV: {
    code: 'NAV',
    meaning: 'Temporarily unavailable, e.g. a lab result still awaited; expected later.',
    label: { en: 'Pending (temporarily unavailable)', zh: '暂缺（结果待回报）' },
    hl7NullFlavor: 'NAV',
    sdtm: { representation: 'pending' },
    final: false,
  },
};

export function isMissingReasonCode(value: unknown): value is MissingReasonCode {
  return MissingReasonCode.safeParse(value).success;
}
