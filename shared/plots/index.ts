/**
 * shared/plots: a subject's course as plot data (study weeks from day 1; MELD and Child-Pugh recomputed from
 * the stored SI values with the form engine; bilirubin, INR, albumin and creatinine with their range status).
 * Pure: the rows are passed in, nothing is read or rendered here. README.md states the decisions.
 */
export {
  PLOT_LABS,
  PLOT_MEASURES,
  type PlotCell,
  type PlotDateSource,
  type PlotFlag,
  type PlotLabId,
  type PlotMeasureId,
  type PlotPoint,
  type PlotRange,
  type PlotRow,
  type PlotSeries,
  type PlotVisit,
  type SubjectSeries,
} from './plot-types';
export { flagOf, meldScoreOf, rangeOf, subjectSeries, type SubjectSeriesInput } from './subject-series';
