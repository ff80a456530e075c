import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  FINDING_KINDS,
  FINDING_SORT_KEYS,
  filterFindings,
  findingsCsv,
  sortFindings,
  type FindingKind,
  type FindingRow,
  type FindingSortKey,
  type GridFilter,
  type SortDirection,
} from '../../../shared/review';
import { useLanguage } from '../../i18n';
import { usePlatform } from '../../platform';
import { reviewVisitPath } from '../visit-entry/visit-links';

const ROW_HEIGHT = 44;
const FALLBACK_HEIGHT = 360;
const observeWithFallback: typeof observeElementRect = (instance, cb) =>
  observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : { width: rect.width, height: FALLBACK_HEIGHT }));
/** A row's drawn height; the estimate where nothing is laid out (a row not yet painted). */
const measureWithFallback = (element: Element): number => {
  const height = element.getBoundingClientRect().height;
  return height > 0 ? height : ROW_HEIGHT;
};

const isKind = (value: string): value is FindingKind => (FINDING_KINDS as readonly string[]).includes(value);

export interface FindingsTableProps {
  readonly rows: readonly FindingRow[];
  /** The grid's filter: the list shows the findings of what the grid shows. */
  readonly filter: GridFilter;
  readonly protocolId: string;
  readonly today: string;
}

type Outcome = { readonly tone: 'good' | 'bad'; readonly text: string } | null;

/**
 * Every finding the grid's filters keep, narrowed by kind and words, sorted by any column (click a
 * column heading; again to reverse), each with a link to its field on the visit page. Virtualised
 * rows; CSV export of exactly what is listed, in that order, through the platform's save dialog.
 */
export function FindingsTable({ rows, filter, protocolId, today }: FindingsTableProps) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const bridge = usePlatform();
  const id = useId();
  const [kind, setKind] = useState<FindingKind | undefined>(undefined);
  const [text, setText] = useState('');
  const [sort, setSort] = useState<{ key: FindingSortKey; direction: SortDirection }>({ key: 'subject', direction: 'ascending' });
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [saving, setSaving] = useState(false);
  const shown = useMemo(
    () => sortFindings(filterFindings(rows, { ...filter, kind, text }, language), sort.key, sort.direction, language),
    [rows, filter, kind, text, language, sort],
  );
  const scroller = useRef<HTMLDivElement>(null);
  // The virtualizer's functions are only called during this render, never handed to memoised children.
  // eslint-disable-next-line react-hooks/incompatible-library -- see above
  const virtualizer = useVirtualizer({ count: shown.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 8, observeElementRect: observeWithFallback, measureElement: measureWithFallback });
  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = Math.max(0, virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0));

  const sortBy = (key: FindingSortKey) =>
    setSort((now) => ({ key, direction: now.key === key && now.direction === 'ascending' ? 'descending' : 'ascending' }));

  const exportCsv = async () => {
    setSaving(true);
    setOutcome(null);
    const suggestedName = `findings-${protocolId}-${today}.csv`;
    try {
      const saved = await bridge.saveFile({ suggestedName, bytes: new TextEncoder().encode(findingsCsv(shown)), filters: [{ name: t('review.findings.csvFilter'), extensions: ['csv'] }] });
      setOutcome(saved.saved ? { tone: 'good', text: t('review.findings.exported', { count: shown.length, location: saved.location }) } : { tone: 'bad', text: t('review.findings.exportCancelled') });
    } catch (error) {
      setOutcome({ tone: 'bad', text: t('review.findings.exportFailed', { message: error instanceof Error ? error.message : String(error) }) });
    } finally {
      setSaving(false);
    }
  };

  const columns: readonly { readonly key: FindingSortKey | null; readonly label: string }[] = [
    ...FINDING_SORT_KEYS.map((key) => ({ key, label: t(`review.findings.col.${key}`) })),
    { key: null, label: t('review.findings.col.query') },
    { key: null, label: t('review.findings.col.open') },
  ];

  return (
    <div className="review-findings">
      <div className="review-findings__tools">
        <div className="review-filters__field">
          <label htmlFor={`${id}-kind`}>{t('review.findings.kind')}</label>
          <select id={`${id}-kind`} value={kind ?? ''} onChange={(e) => setKind(isKind(e.target.value) ? e.target.value : undefined)}>
            <option value="">{t('review.findings.anyKind')}</option>
            {FINDING_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`review.kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="review-filters__field">
          <label htmlFor={`${id}-text`}>{t('review.findings.search')}</label>
          <input id={`${id}-text`} type="search" value={text} onChange={(e) => setText(e.target.value)} autoComplete="off" />
        </div>
        <button type="button" className="button" disabled={saving || shown.length === 0} onClick={() => void exportCsv()}>
          {t('review.findings.export')}
        </button>
        <p role="status" className="review-findings__count">
          {t('review.findings.count', { shown: shown.length, count: rows.length })}
        </p>
      </div>
      {outcome === null ? null : (
        <p role={outcome.tone === 'bad' ? 'alert' : 'status'} className={`notice notice--${outcome.tone}`}>
          {outcome.text}
        </p>
      )}
      {shown.length === 0 ? (
        <p className="review-findings__none">{t('review.findings.none')}</p>
      ) : (
        <div className="review-findings__scroll" ref={scroller}>
          <table className="data-table review-findings__table" aria-label={t('review.findings.title')} aria-rowcount={shown.length + 1}>
            <colgroup>
              <col className="review-findings__col-subject" />
              <col className="review-findings__col-visit" />
              <col className="review-findings__col-form" />
              <col className="review-findings__col-kind" />
              <col />
              <col className="review-findings__col-query" />
              <col className="review-findings__col-open" />
            </colgroup>
            <thead>
              <tr aria-rowindex={1}>
                {columns.map(({ key, label }, i) => (
                  <th key={key ?? `c${i}`} scope="col" aria-sort={key !== null && key === sort.key ? sort.direction : undefined}>
                    {key === null ? (
                      label
                    ) : (
                      <button type="button" className="review-findings__sort" onClick={() => sortBy(key)}>
                        {label}
                        <span aria-hidden="true">{key === sort.key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}</span>
                      </button>
                    )}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {before > 0 ? (
                <tr aria-hidden="true">
                  <td colSpan={columns.length} style={{ height: before, padding: 0 }} />
                </tr>
              ) : null}
              {items.map((item) => {
                const row = shown[item.index];
                if (row === undefined) return null;
                const f = row.finding;
                const href = `${reviewVisitPath(f.subjectId, f.visitId, f.formId)}${f.recordId === undefined ? '' : `&record=${encodeURIComponent(f.recordId)}`}${f.itemId === undefined ? '' : `&field=${encodeURIComponent(f.itemId)}`}`;
                return (
                  <tr
                    key={f.key}
                    ref={virtualizer.measureElement}
                    data-index={item.index}
                    aria-rowindex={item.index + 2}
                    className={`review-findings__row review-findings__row--${f.kind}`}
                  >
                    <td>{row.subject}</td>
                    <td>{row.visitLabel[language]}</td>
                    <td>{row.formTitle[language]}</td>
                    <td>{t(`review.kind.${f.kind}`)}</td>
                    <td className="review-findings__message">{f.message[language]}</td>
                    <td>{row.openQuery ? t('review.findings.queryOpen') : row.answeredQuery ? t('review.findings.queryAnswered') : ''}</td>
                    <td>
                      <Link to={href} aria-label={t('review.findings.openLabel', { subject: row.subject, visit: row.visitLabel[language], message: f.message[language] })}>
                        {t('review.findings.open')}
                      </Link>
                    </td>
                  </tr>
                );
              })}
              {after > 0 ? (
                <tr aria-hidden="true">
                  <td colSpan={columns.length} style={{ height: after, padding: 0 }} />
                </tr>
              ) : null}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
