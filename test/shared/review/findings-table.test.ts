import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { FINDING_KINDS, FINDINGS_CSV_COLUMNS, filterFindings, findingRows, findingsCsv, reviewCacheFor, sortFindings, type FindingRow } from '../../../shared/review';
import { LABS_W4, PROTOCOL, TrialData } from './builders';

const orderOf = (visitDefId: string) => reviewCacheFor(PROTOCOL).visitOrder(visitDefId);

function rowsOf(): FindingRow[] {
  const data = new TrialData().enrol('s-1', '01-001').enrol('s-2', '02-001');
  data.value(LABS_W4, 'bilirubin', 350, { unit: 'µmol/L' });
  data.missing(LABS_W4, 'albumin', 'NOT DONE');
  data.value({ visitId: 'w0', formId: 'labs' }, 'albumin', 90, { unit: 'g/L' }, 's-2');
  data.query('q-1', { ...LABS_W4, itemId: 'inr' });
  return findingRows(data.review('2025-04-10'), orderOf);
}

const describeRow = (r: FindingRow) => `${r.subject} ${r.finding.visitId} ${r.finding.kind}:${r.finding.formId}${r.finding.itemId === undefined ? '' : `.${r.finding.itemId}`}`;

describe('the findings list', () => {
  it('labels each finding with subject code, visit and form, and marks the ones with an open query', () => {
    const rows = rowsOf();
    const inr = rows.find((r) => r.finding.itemId === 'inr' && r.finding.visitId === 'w4');
    expect(inr).toMatchObject({ subject: '01-001', visitDefId: 'w4', visitLabel: { en: 'Week 4' }, formTitle: { en: 'labs' }, openQuery: true, answeredQuery: false });
    expect(rows.filter((r) => r.openQuery)).toHaveLength(1);
  });

  it('filters by site, visit, form, kind, status, open query and words', () => {
    const rows = rowsOf();
    expect(filterFindings(rows, { siteId: '02' }, 'en').map(describeRow)).toEqual([
      '02-001 screening not-started:visit',
      '02-001 screening not-started:eligibility',
      '02-001 w0 not-started:visit',
      '02-001 w0 missing:labs.bilirubin',
      '02-001 w0 hard-violation:labs.albumin',
      '02-001 w0 missing:labs.inr',
      '02-001 w4 not-started:visit',
      '02-001 w4 not-started:labs',
      '02-001 w4 not-started:clinical',
      '02-001 w4 missing:adverse-events.logNone',
    ]);
    expect(filterFindings(rows, { siteId: '02', kind: 'hard-violation' }, 'en').map(describeRow)).toEqual(['02-001 w0 hard-violation:labs.albumin']);
    expect(filterFindings(rows, { siteId: '01', visitDefId: 'w4', formId: 'labs' }, 'en').map(describeRow)).toEqual([
      '01-001 w4 soft-unconfirmed:labs.bilirubin',
      '01-001 w4 accounted:labs.albumin',
      '01-001 w4 missing:labs.inr',
    ]);
    expect(filterFindings(rows, { status: 'accounted' }, 'en').map(describeRow)).toEqual(['01-001 w4 accounted:labs.albumin']);
    expect(filterFindings(rows, { status: 'notYetDue' }, 'en')).toEqual([]);
    expect(filterFindings(rows, { openQuery: true }, 'en').map(describeRow)).toEqual(['01-001 w4 missing:labs.inr']);
    expect(filterFindings(rows, { text: 'albumin 02-001' }, 'en').map(describeRow)).toEqual(['02-001 w0 hard-violation:labs.albumin']);
    expect(filterFindings(rows, { text: '白蛋白' }, 'zh').map((r) => r.finding.itemId)).toEqual(['albumin', 'albumin']);
  });

  it('sorts by a column either way, ties in the review’s order', () => {
    const rows = filterFindings(rowsOf(), { formId: 'labs' }, 'en');
    const byKind = sortFindings(rows, 'kind', 'ascending', 'en').map((r) => r.finding.kind);
    expect(byKind).toEqual([...byKind].sort((a, b) => FINDING_KINDS.indexOf(a) - FINDING_KINDS.indexOf(b)));
    expect(byKind[0]).toBe('hard-violation');
    const bySubjectDown = sortFindings(rows, 'subject', 'descending', 'en').map((r) => r.subject);
    expect(bySubjectDown[0]).toBe('02-001');
    const byVisit = sortFindings(rows, 'visit', 'ascending', 'en').map((r) => r.finding.visitId);
    expect(byVisit.indexOf('w4')).toBeGreaterThan(byVisit.lastIndexOf('w0'));
    const byMessage = sortFindings(rows, 'message', 'ascending', 'en').map((r) => r.finding.message.en);
    expect(byMessage).toEqual([...byMessage].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true })));
  });

  it('writes CSV with a BOM, a header and one line per finding, both languages, readable back', () => {
    const rows = filterFindings(rowsOf(), { siteId: '01', visitDefId: 'w4', formId: 'labs' }, 'en');
    const csv = findingsCsv(rows);
    expect(csv.startsWith('\uFEFFsubject,site,visit_id')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1).trimEnd(), { newline: '\r\n' });
    expect(parsed.data[0]).toEqual([...FINDINGS_CSV_COLUMNS]);
    expect(parsed.data).toHaveLength(4);
    const inr = parsed.data[3];
    expect(inr).toEqual([
      '01-001',
      '01',
      'w4',
      'Week 4',
      'Week 4（中）',
      'labs',
      'labs',
      'labs（中）',
      '',
      'inr',
      'missing',
      'International normalised ratio (INR): required, no value and no missing reason.',
      '国际标准化比值（INR）：必填项未填写，且未说明缺失原因。',
      'yes',
      'no',
    ]);
  });
});
