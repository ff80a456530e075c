import { observeElementRect, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { GridCell, GridRow, ReviewCounts, ReviewGrid as Grid } from '../../../shared/review';
import { useLanguage } from '../../i18n';
import { reviewVisitPath } from '../visit-entry/visit-links';
import { CountChips, useCountsText, LIFECYCLE_GLYPHS } from './count-chips';

export const ROW_HEIGHT = 52;
/** The grid's viewport before the browser has laid it out (and in a document without layout). */
const FALLBACK_HEIGHT = 440;

/** Row header (subject), one column per visit, then the subject's total. */
interface Position {
  readonly row: number;
  readonly col: number;
}

const observeWithFallback: typeof observeElementRect = (instance, cb) =>
  observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : { width: rect.width, height: FALLBACK_HEIGHT }));
/** A row's drawn height; the estimate where nothing is laid out (a row not yet painted). */
const measureWithFallback = (element: Element): number => {
  const height = element.getBoundingClientRect().height;
  return height > 0 ? height : ROW_HEIGHT;
};

const cellKey = (p: Position) => `${p.row}:${p.col}`;

/**
 * A column heading: the visit's label up to its first dash ("Week 4 (day 29)" of "Week 4 (day 29) –
 * survival check, …"), so thirteen visits fit a laptop's width; the whole label is the heading's title
 * and part of every cell's name.
 */
const shortLabel = (label: string): string => label.split(/\s*–\s*/)[0] ?? label;

export interface ReviewGridProps {
  readonly grid: Grid;
  readonly label: string;
}

/**
 * Subjects × visits as an ARIA grid over a table: arrow keys move between cells, Home/End to the ends of
 * a row, Ctrl+Home/End to the corners, Page Up/Down by a screenful; Enter (or a click) opens the cell's
 * visit with its findings marked, Enter on a subject opens the subject. Rows are virtualised, so a
 * thousand subjects scroll smoothly; aria-rowcount and aria-rowindex tell assistive technology where
 * it is in the whole.
 */
export function ReviewGrid({ grid, label }: ReviewGridProps) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const navigate = useNavigate();
  const countsText = useCountsText();
  const scroller = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<Position>({ row: 0, col: 1 });
  const [moved, setMoved] = useState(false);
  // The virtualizer's functions are only called during this render, never handed to memoised children.
  // eslint-disable-next-line react-hooks/incompatible-library -- see above
  const virtualizer: Virtualizer<HTMLDivElement, Element> = useVirtualizer({
    count: grid.rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
    observeElementRect: observeWithFallback,
    measureElement: measureWithFallback,
  });
  const lastCol = grid.columns.length + 1;
  const rowCount = grid.rows.length;
  const at: Position = { row: Math.min(active.row, Math.max(rowCount - 1, 0)), col: Math.min(active.col, lastCol) };

  // Focus follows the active cell once it is drawn (a row scrolled into view is drawn on a later render).
  const drawn = virtualizer.getVirtualItems();
  const drawnFrom = drawn[0]?.index ?? -1;
  const drawnTo = drawn.at(-1)?.index ?? -1;
  const activeKey = cellKey(at);
  useEffect(() => {
    if (!moved) return;
    const cell = scroller.current?.querySelector<HTMLElement>(`[data-cell="${activeKey}"]`);
    if (cell === null || cell === undefined) return;
    cell.focus({ preventScroll: false });
    setMoved(false);
  }, [moved, activeKey, drawnFrom, drawnTo]);

  const open = (row: GridRow, col: number) => {
    if (col === 0) {
      void navigate(`/subjects/${encodeURIComponent(row.subjectId)}`);
      return;
    }
    const cell = row.cells[col - 1];
    if (cell === null || cell === undefined) return;
    void navigate(reviewVisitPath(row.subjectId, cell.target.visitId, cell.target.formId));
  };

  const moveTo = (next: Position) => {
    const row = Math.max(0, Math.min(rowCount - 1, next.row));
    const col = Math.max(0, Math.min(lastCol, next.col));
    setActive({ row, col });
    setMoved(true);
    virtualizer.scrollToIndex(row, { align: 'auto' });
  };

  const page = Math.max(1, Math.floor((scroller.current?.clientHeight || FALLBACK_HEIGHT) / ROW_HEIGHT) - 1);
  const onKeyDown = (event: KeyboardEvent<HTMLElement>, row: GridRow, position: Position) => {
    const { key, ctrlKey } = event;
    const next: Position | undefined =
      key === 'ArrowRight' ? { ...position, col: position.col + 1 }
      : key === 'ArrowLeft' ? { ...position, col: position.col - 1 }
      : key === 'ArrowDown' ? { ...position, row: position.row + 1 }
      : key === 'ArrowUp' ? { ...position, row: position.row - 1 }
      : key === 'Home' ? (ctrlKey ? { row: 0, col: 0 } : { ...position, col: 0 })
      : key === 'End' ? (ctrlKey ? { row: rowCount - 1, col: lastCol } : { ...position, col: lastCol })
      : key === 'PageDown' ? { ...position, row: position.row + page }
      : key === 'PageUp' ? { ...position, row: position.row - page }
      : undefined;
    if (next !== undefined) {
      event.preventDefault();
      moveTo(next);
      return;
    }
    if (key === 'Enter' || key === ' ') {
      event.preventDefault();
      open(row, position.col);
    }
  };

  const items = drawn;
  const tabRow = items.some((i) => i.index === at.row) ? at.row : (items[0]?.index ?? 0);
  const before = items[0]?.start ?? 0;
  const after = Math.max(0, virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0));
  const colCount = grid.columns.length + 2;
  const describe = (row: GridRow, cell: GridCell | null, visitLabel: string) => {
    const subject = row.code ?? row.subjectId;
    if (cell === null) return t('review.grid.noVisit', { subject, visit: visitLabel });
    const several = cell.visits.length > 1 ? ` ${t('review.grid.instances', { count: cell.visits.length })}` : '';
    return t('review.grid.cell', { subject, visit: visitLabel, stage: t(`review.lifecycle.${cell.lifecycle}`), tone: t(`review.tone.${cell.tone}`), counts: countsText(cell.counts) }) + several;
  };
  const totalText = (row: GridRow, counts: ReviewCounts) => t('review.grid.totalCell', { subject: row.code ?? row.subjectId, counts: countsText(counts), tone: t(`review.tone.${row.totalTone}`) });

  return (
    <div className="review-grid" ref={scroller}>
      <table role="grid" aria-label={label} aria-rowcount={rowCount + 1} aria-colcount={colCount} className="review-grid__table">
        <colgroup>
          <col className="review-grid__col-subject" />
          {grid.columns.map((c) => (
            <col key={c.visitDefId} className="review-grid__col-visit" />
          ))}
          <col className="review-grid__col-total" />
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col" role="columnheader" className="review-grid__corner">
              {t('review.grid.subject')}
            </th>
            {grid.columns.map((c) => (
              <th key={c.visitDefId} scope="col" role="columnheader" title={c.label[language]}>
                {shortLabel(c.label[language])}
              </th>
            ))}
            <th scope="col" role="columnheader">
              {t('review.grid.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {before > 0 ? (
            <tr aria-hidden="true" className="review-grid__spacer">
              <td colSpan={colCount} style={{ height: before }} />
            </tr>
          ) : null}
          {items.map((item) => {
            const row = grid.rows[item.index];
            if (row === undefined) return null;
            // One cell is in the Tab order: the active one, or (scrolled away from it) the same column of the first row drawn.
            const tab = (col: number) => (item.index === tabRow && at.col === col ? 0 : -1);
            const focusAt = (col: number) => () => setActive({ row: item.index, col });
            return (
              <tr key={row.subjectId} ref={virtualizer.measureElement} data-index={item.index} aria-rowindex={item.index + 2} className="review-grid__row" style={{ height: ROW_HEIGHT }}>
                <th
                  scope="row"
                  role="rowheader"
                  tabIndex={tab(0)}
                  data-cell={cellKey({ row: item.index, col: 0 })}
                  onKeyDown={(e) => onKeyDown(e, row, { row: item.index, col: 0 })}
                  onFocus={focusAt(0)}
                  onClick={() => open(row, 0)}
                  className="review-grid__subject"
                >
                  <span className="review-grid__code">{row.code ?? row.subjectId}</span>
                  <span className="review-grid__site">{t('review.grid.site', { site: row.siteId })}</span>
                </th>
                {row.cells.map((cell, i) => {
                  const col = i + 1;
                  const column = grid.columns[i];
                  const visitLabel = column?.label[language] ?? '';
                  return (
                    <td
                      key={column?.visitDefId ?? i}
                      role="gridcell"
                      tabIndex={tab(col)}
                      data-cell={cellKey({ row: item.index, col })}
                      aria-label={describe(row, cell, visitLabel)}
                      onKeyDown={(e) => onKeyDown(e, row, { row: item.index, col })}
                      onFocus={focusAt(col)}
                      onClick={() => open(row, col)}
                      className={`review-cell review-cell--${cell === null ? 'none' : cell.tone}`}
                    >
                      {cell === null ? (
                        <span aria-hidden="true" className="review-cell__none">
                          —
                        </span>
                      ) : (
                        <span aria-hidden="true" className="review-cell__inner">
                          <span className="review-cell__stage">{LIFECYCLE_GLYPHS[cell.lifecycle]}</span>
                          <CountChips counts={cell.counts} />
                          {cell.visits.length > 1 ? <span className="review-cell__several">×{cell.visits.length}</span> : null}
                        </span>
                      )}
                    </td>
                  );
                })}
                <td
                  role="gridcell"
                  tabIndex={tab(lastCol)}
                  data-cell={cellKey({ row: item.index, col: lastCol })}
                  aria-label={totalText(row, row.total)}
                  onKeyDown={(e) => onKeyDown(e, row, { row: item.index, col: lastCol })}
                  onFocus={focusAt(lastCol)}
                  className={`review-cell review-cell--total review-cell--${row.totalTone}`}
                >
                  <span aria-hidden="true" className="review-cell__inner">
                    <CountChips counts={row.total} />
                  </span>
                </td>
              </tr>
            );
          })}
          {after > 0 ? (
            <tr aria-hidden="true" className="review-grid__spacer">
              <td colSpan={colCount} style={{ height: after }} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
