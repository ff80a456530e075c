import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SubjectRow } from '../../../../shared/events';
import { subjectSeries, type PlotFlag } from '../../../../shared/plots';
import type { Protocol } from '../../../../shared/protocol';
import { useStore } from '../../../app/providers';
import { subjectCourseRows } from '../../../db/plot-reads';
import { useLiveQuery } from '../../../db/use-live-query';
import { EmptyState, Section } from '../../../ui';
import { subjectLabel } from '../subject-label';
import { PlotChart } from './PlotChart';
import { MarkerIcon } from './PlotMarker';
import { PlotTable } from './PlotTable';
import { weekTicks } from './plot-text';
import './plots.css';

const FLAGS: readonly PlotFlag[] = ['none', 'soft', 'hard'];

/**
 * The subject's course over study weeks: MELD, Child-Pugh, bilirubin, INR, albumin and creatinine, one small
 * chart each with out-of-range points marked, and the same values as a table (always read by screen readers,
 * shown on request). Recomputed live from the stored values as they change.
 */
export function SubjectPlots({ subject, protocol }: { readonly subject: SubjectRow; readonly protocol: Protocol }) {
  const { t } = useTranslation();
  const store = useStore();
  const tableId = useId();
  const [tableShown, setTableShown] = useState(false);
  const rows = useLiveQuery(() => subjectCourseRows(store, subject.subjectId), [store, subject.subjectId]);
  const course = useMemo(
    () => (rows.status === 'ready' && rows.value !== undefined ? subjectSeries({ protocol, subject: rows.value.subject, visits: rows.value.visits, entries: rows.value.entries }) : undefined),
    [rows, protocol],
  );
  const body = (() => {
    if (rows.status === 'loading') return <p role="status">{t('care.loading')}</p>;
    if (rows.status === 'failed') return <p role="alert">{t('care.readFailed', { message: rows.message })}</p>;
    if (course === undefined || !course.ok) return <EmptyState message={t('training.plots.noDay1')} />;
    const { value } = course;
    if (value.rows.length === 0) return <EmptyState message={t('training.plots.empty')} />;
    const weeks = value.rows.map((r) => r.week);
    const span: [number, number] = [Math.floor(Math.min(0, ...weeks)), Math.ceil(Math.max(1, ...weeks))];
    const ticks = weekTicks(span[0], span[1]);
    return (
      <>
        <p className="plots__intro">{t('training.plots.intro')}</p>
        <div className="plots__grid">
          {value.series.map((series) => (
            <PlotChart key={series.id} series={series} weeks={span} ticks={ticks} />
          ))}
        </div>
        <div className="plots__footer">
          <ul className="plot-legend" aria-label={t('training.plots.legendTitle')}>
            {FLAGS.map((flag) => (
              <li key={flag} className="plot-legend__item">
                <MarkerIcon flag={flag} /> {t(`training.plots.legend.${flag}`)}
              </li>
            ))}
            <li className="plot-legend__item">
              <span className="plot-legend__band" aria-hidden="true" /> {t('training.plots.legend.band')}
            </li>
          </ul>
          <button type="button" className="button" aria-expanded={tableShown} aria-controls={tableId} onClick={() => setTableShown((shown) => !shown)}>
            {t(tableShown ? 'training.plots.hideTable' : 'training.plots.showTable')}
          </button>
        </div>
        <PlotTable course={value} subjectLabel={subjectLabel(subject)} id={tableId} shown={tableShown} />
      </>
    );
  })();
  return <Section title={t('training.plots.title')}>{body}</Section>;
}
