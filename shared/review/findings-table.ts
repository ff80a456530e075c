/**
 * The findings list of the review page as data: one row per finding with the labels a person reads
 * (subject code, visit, form) and whether an unresolved query is about its place; filtered with the
 * grid's filter (plus kind and free text), sorted by a column, and written as CSV with the bundle's
 * CSV conventions (shared/export: RFC 4180, CRLF, UTF-8 BOM, formula-looking text neutralised).
 */
import { csvHeader, csvLines } from '../export/csv/csv-text';
import type { GridFilter } from './grid';
import { queryIndexKey } from './query-index';
import type { Bilingual, CountKey, Finding, FindingKind, ProtocolReview } from './review-types';

export const FINDING_KINDS: readonly FindingKind[] = ['hard-violation', 'missing', 'not-started', 'soft-unconfirmed', 'pending', 'accounted'];

export interface FindingRow {
  readonly finding: Finding;
  /** The subject code, or its id before enrolment. */
  readonly subject: string;
  readonly visitDefId: string;
  readonly visitLabel: Bilingual;
  /** The visit's place in the protocol, for sorting by visit. */
  readonly visitRank: number;
  readonly formTitle: Bilingual;
  /** An open query (waiting for the site) is about exactly this field (or form, for a form not started). */
  readonly openQuery: boolean;
  /** An answered query (waiting for the monitor) is about it. */
  readonly answeredQuery: boolean;
}

/** The review's findings with their labels, in the review's order. */
export function findingRows(review: ProtocolReview, orderOf: (visitDefId: string) => number): FindingRow[] {
  const visits = new Map<string, { subject: string; visitDefId: string; label: Bilingual; forms: Map<string, Bilingual> }>();
  for (const subject of review.subjects) {
    for (const visit of subject.visits) {
      visits.set(`${subject.subjectId}/${visit.visitId}`, {
        subject: subject.code ?? subject.subjectId,
        visitDefId: visit.visitDefId,
        label: visit.label,
        forms: new Map(visit.forms.map((f) => [f.formId, f.title])),
      });
    }
  }
  return review.findings.map((finding) => {
    const visit = visits.get(`${finding.subjectId}/${finding.visitId}`);
    const refs = review.openQueries.get(queryIndexKey(finding.link)) ?? [];
    return {
      finding,
      subject: visit?.subject ?? finding.subjectId,
      visitDefId: visit?.visitDefId ?? finding.visitId,
      visitLabel: visit?.label ?? { en: finding.visitId, zh: finding.visitId },
      visitRank: orderOf(visit?.visitDefId ?? finding.visitId),
      formTitle: visit?.forms.get(finding.formId) ?? { en: finding.formId, zh: finding.formId },
      openQuery: refs.some((r) => r.status === 'open'),
      answeredQuery: refs.some((r) => r.status === 'answered'),
    };
  });
}

/** The finding kind a grid status stands for (statuses without findings: none). */
export const KIND_OF_STATUS: Readonly<Partial<Record<CountKey, FindingKind>>> = {
  missing: 'missing',
  accounted: 'accounted',
  pending: 'pending',
  softUnconfirmed: 'soft-unconfirmed',
  hardViolations: 'hard-violation',
  notStarted: 'not-started',
};

export interface FindingFilter extends GridFilter {
  readonly kind?: FindingKind | undefined;
  /** Words to find in the subject code, visit, form or message (case-insensitive). */
  readonly text?: string | undefined;
}

/**
 * The findings a filter keeps. The grid's status keeps the findings of that kind; "answered queries"
 * keeps findings with an answered query; "not yet due" keeps none (those forms have counts only).
 */
export function filterFindings(rows: readonly FindingRow[], filter: FindingFilter, language: keyof Bilingual): FindingRow[] {
  const { siteId, visitDefId, formId, status, openQuery, kind } = filter;
  const words = (filter.text ?? '').trim().toLowerCase().split(/\s+/).filter((w) => w !== '');
  const statusKind = status === undefined ? undefined : KIND_OF_STATUS[status];
  return rows.filter((row) => {
    const f = row.finding;
    if (siteId !== undefined && f.siteId !== siteId) return false;
    if (visitDefId !== undefined && row.visitDefId !== visitDefId) return false;
    if (formId !== undefined && f.formId !== formId) return false;
    if (kind !== undefined && f.kind !== kind) return false;
    if (status !== undefined) {
      if (status === 'openQueries') {
        if (!row.openQuery) return false;
      } else if (status === 'answeredQueries') {
        if (!row.answeredQuery) return false;
      } else if (statusKind === undefined || f.kind !== statusKind) return false;
    }
    if (openQuery === true && !row.openQuery) return false;
    if (words.length > 0) {
      const haystack = `${row.subject} ${row.visitLabel[language]} ${row.formTitle[language]} ${f.message[language]}`.toLowerCase();
      if (!words.every((w) => haystack.includes(w))) return false;
    }
    return true;
  });
}

export const FINDING_SORT_KEYS = ['subject', 'visit', 'form', 'kind', 'message'] as const;
export type FindingSortKey = (typeof FINDING_SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';

const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const KIND_RANK = new Map(FINDING_KINDS.map((k, i) => [k, i]));

/** Sorted by one column, ties in the review's order (subject, visit, form, field). A new array. */
export function sortFindings(rows: readonly FindingRow[], key: FindingSortKey, direction: SortDirection, language: keyof Bilingual): FindingRow[] {
  const collator = new Intl.Collator(language === 'zh' ? 'zh-CN' : 'en', { numeric: true, sensitivity: 'base' });
  const primary = (a: FindingRow, b: FindingRow): number => {
    switch (key) {
      case 'subject':
        return collator.compare(a.subject, b.subject);
      case 'visit':
        return a.visitRank - b.visitRank;
      case 'form':
        return collator.compare(a.formTitle[language], b.formTitle[language]);
      case 'kind':
        return (KIND_RANK.get(a.finding.kind) ?? 0) - (KIND_RANK.get(b.finding.kind) ?? 0);
      case 'message':
        return collator.compare(a.finding.message[language], b.finding.message[language]);
    }
  };
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => sign * primary(a, b) || text(a.finding.sortKey, b.finding.sortKey));
}

export const FINDINGS_CSV_COLUMNS = [
  'subject',
  'site',
  'visit_id',
  'visit_en',
  'visit_zh',
  'form_id',
  'form_en',
  'form_zh',
  'record_id',
  'item_id',
  'kind',
  'message_en',
  'message_zh',
  'open_query',
  'answered_query',
] as const;

/** The rows as a CSV file (BOM, header, CRLF), in the order given. */
export function findingsCsv(rows: readonly FindingRow[]): string {
  return (
    csvHeader(FINDINGS_CSV_COLUMNS) +
    csvLines(
      rows.map((row) => {
        const f = row.finding;
        return [
          row.subject,
          f.siteId,
          f.visitId,
          row.visitLabel.en,
          row.visitLabel.zh,
          f.formId,
          row.formTitle.en,
          row.formTitle.zh,
          f.recordId ?? '',
          f.itemId ?? '',
          f.kind,
          f.message.en,
          f.message.zh,
          row.openQuery ? 'yes' : 'no',
          row.answeredQuery ? 'yes' : 'no',
        ];
      }),
    )
  );
}
