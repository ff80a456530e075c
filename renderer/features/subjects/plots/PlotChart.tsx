import { useId, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, ReferenceArea, Tooltip, XAxis, YAxis, type DotItemDotProps } from 'recharts';
import type { PlotSeries } from '../../../../shared/plots';
import { useLanguage } from '../../../i18n';
import { PlotMarker, SERIES_COLOUR } from './PlotMarker';
import { seriesSummary, valueText, weekText } from './plot-text';

export const CHART_WIDTH = 340;
export const CHART_HEIGHT = 180;

export interface PlotChartProps {
  readonly series: PlotSeries;
  /** The weeks every chart of the subject spans, so they line up. */
  readonly weeks: readonly [number, number];
  /** The weeks marked on the axis (the same on every chart). */
  readonly ticks: readonly number[];
}

/**
 * One measure over study weeks (recharts, SVG only: nothing injects a <style>). The picture is hidden from
 * assistive technology: its caption and one-sentence summary are text, and the table beside the charts holds
 * every value.
 */
export function PlotChart({ series, weeks, ticks }: PlotChartProps) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const captionId = useId();
  const data = series.points.map((p) => ({ week: p.week, value: p.value }));
  const unit = series.unit?.[language];
  const dot = (props: DotItemDotProps): ReactElement => {
    const point = series.points[props.index];
    const key = `${series.id}-${props.index}`;
    if (point === undefined || props.cx === undefined || props.cy === undefined) return <g key={key} />;
    return (
      <g key={key}>
        <PlotMarker cx={props.cx} cy={props.cy} flag={point.flag} />
      </g>
    );
  };
  const soft = series.softRange;
  return (
    <figure className="plot" aria-labelledby={captionId}>
      <figcaption id={captionId} className="plot__title">
        {series.label[language]}
        {unit === undefined ? null : ' '}
        {unit === undefined ? null : <span className="plot__unit">({unit})</span>}
      </figcaption>
      <div className="plot__chart" aria-hidden="true">
        {data.length === 0 ? null : (
          <LineChart width={CHART_WIDTH} height={CHART_HEIGHT} data={data} margin={{ top: 10, right: 14, bottom: 18, left: 4 }} accessibilityLayer={false}>
            <CartesianGrid stroke="#e3e6eb" />
            {soft === undefined ? null : (
              <ReferenceArea
                {...(soft.low === undefined ? {} : { y1: soft.low })}
                {...(soft.high === undefined ? {} : { y2: soft.high })}
                ifOverflow="hidden"
                fill="#1b6b2f"
                fillOpacity={0.07}
                stroke="none"
              />
            )}
            <XAxis
              type="number"
              dataKey="week"
              domain={[weeks[0], weeks[1]]}
              ticks={[...ticks]}
              allowDecimals={false}
              tick={{ fontSize: 11 }}
              tickFormatter={(week: number) => weekText(week, language)}
              label={{ value: t('training.plots.axisWeek'), position: 'insideBottom', offset: -12, fontSize: 11 }}
            />
            <YAxis type="number" domain={['auto', 'auto']} width={46} tick={{ fontSize: 11 }} allowDecimals={series.kind === 'lab'} />
            <Tooltip
              isAnimationActive={false}
              labelFormatter={(label) => (typeof label === 'number' ? t('training.plots.tooltipWeek', { week: weekText(label, language) }) : label)}
              formatter={(value) => [typeof value === 'number' ? `${valueText(series, value, language)}${unit === undefined ? '' : ` ${unit}`}` : String(value), series.label[language]]}
            />
            <Line type="linear" dataKey="value" stroke={SERIES_COLOUR} strokeWidth={1.5} isAnimationActive={false} dot={dot} activeDot={{ r: 5 }} />
          </LineChart>
        )}
      </div>
      <p className="plot__summary">{seriesSummary(t, language, series)}</p>
    </figure>
  );
}
