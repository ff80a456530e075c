import { useTranslation } from 'react-i18next';
import type { SubjectSeries } from '../../../../shared/plots';
import { useLanguage } from '../../../i18n';
import { cellText, weekText } from './plot-text';

export interface PlotTableProps {
  readonly course: SubjectSeries;
  readonly subjectLabel: string;
  readonly id: string;
  /** Shown on screen; otherwise visually hidden but still read by screen readers. */
  readonly shown: boolean;
}

/** Every plotted value (and missing reason, and what a score lacks) per visit: the charts' text alternative. */
export function PlotTable({ course, subjectLabel, id, shown }: PlotTableProps) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  return (
    <div id={id} className={shown ? 'plot-table' : 'plot-table visually-hidden'}>
      <table className="data-table">
        <caption className="plot-table__caption">{t('training.plots.tableCaption', { subject: subjectLabel })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('training.plots.column.visit')}</th>
            <th scope="col">{t('training.plots.column.date')}</th>
            <th scope="col">{t('training.plots.column.week')}</th>
            {course.series.map((series) => (
              <th scope="col" key={series.id}>
                {series.label[language]}
                {series.unit === undefined ? null : ` (${series.unit[language]})`}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {course.rows.map((row) => (
            <tr key={row.visitId}>
              <th scope="row">{row.label[language]}</th>
              <td>{row.dateSource === 'target' ? t('training.plots.targetDate', { date: row.date }) : row.date}</td>
              <td>{weekText(row.week, language)}</td>
              {course.series.map((series) => (
                <td key={series.id}>{cellText(t, language, course, series, row.cells[series.id])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
