import type { TFunction } from 'i18next';
import { MISSING_REASONS, isMissingReasonCode } from '../../../../shared/catalogue';
import { flagOf, type PlotCell, type PlotFlag, type PlotLabId, type PlotSeries, type SubjectSeries } from '../../../../shared/plots';
import { formatNumber } from '../../../forms';
import type { Language } from '../../../i18n';

/** A week on the axis and in the table: one decimal (week 4.3 is day 31). */
export const weekText = (week: number, language: Language): string => formatNumber(week, 1, language);

/** A value as the table and the summaries show it: the stored decimals, a `<` / `>` qualifier in front. */
export function valueText(series: Pick<PlotSeries, 'decimals'>, value: number, language: Language, qualifier?: '<' | '>'): string {
  return `${qualifier ?? ''}${formatNumber(value, series.decimals, language)}`;
}

const flagWord = (t: TFunction, flag: PlotFlag): string | undefined =>
  flag === 'hard' ? t('training.plots.cell.hard') : flag === 'soft' ? t('training.plots.cell.soft') : undefined;

/** One table cell in words: the value and anything unusual about it, a missing reason, or what a score lacks. */
export function cellText(t: TFunction, language: Language, all: SubjectSeries, series: PlotSeries, cell: PlotCell | undefined): string {
  if (cell === undefined) return '—';
  switch (cell.kind) {
    case 'missing':
      return t('training.plots.cell.missing', { reason: isMissingReasonCode(cell.code) ? MISSING_REASONS[cell.code].label[language] : cell.code });
    case 'needs':
    case 'not-computable':
      return cell.message[language];
    case 'value': {
      const parts = [valueText(series, cell.value, language, cell.qualifier)];
      if (cell.detail !== undefined) parts.push(cell.detail[language]);
      const word = flagWord(t, flagOf(cell.range));
      const notes: string[] = [];
      if (word !== undefined) notes.push(word);
      if (cell.confirmed === true) notes.push(t('training.plots.cell.confirmed'));
      if (cell.flaggedInputs !== undefined && cell.flaggedInputs.length > 0) {
        const items = cell.flaggedInputs.map((lab: PlotLabId) => all.series.find((s) => s.id === lab)?.label[language] ?? lab);
        notes.push(t('training.plots.cell.fromFlagged', { items: items.join(language === 'zh' ? '、' : ', ') }));
      }
      return notes.length === 0 ? parts.join(' ') : `${parts.join(' ')} (${notes.join('; ')})`;
    }
  }
}

/** What a chart shows, in one sentence: how many values, over which weeks, the latest, how many are marked. */
export function seriesSummary(t: TFunction, language: Language, series: PlotSeries): string {
  const { points } = series;
  const first = points[0];
  const last = points.at(-1);
  if (first === undefined || last === undefined) return t('training.plots.summary.none');
  const text = t('training.plots.summary.values', {
    total: points.length,
    first: weekText(first.week, language),
    last: weekText(last.week, language),
    latest: valueText(series, last.value, language, last.qualifier),
    week: weekText(last.week, language),
  });
  const soft = points.filter((p) => p.flag === 'soft').length;
  const hard = points.filter((p) => p.flag === 'hard').length;
  return soft + hard === 0 ? text : `${text} ${t('training.plots.summary.flagged', { soft, hard })}`;
}

const TICK_STEPS = [1, 2, 4, 8, 12, 24, 52];

/** Whole-week ticks at a round step (at most about seven), from the first to the last week shown. */
export function weekTicks(from: number, to: number): number[] {
  const step = TICK_STEPS.find((s) => (to - from) / s <= 6) ?? 104;
  const ticks: number[] = [];
  for (let week = Math.ceil(from / step) * step || 0; week <= to; week += step) ticks.push(week);
  return ticks;
}
