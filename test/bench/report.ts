/**
 * Figures, their statistics and the printed table. Output is stable (fixed rows, fixed order, fixed
 * number formats) so two runs can be compared line by line.
 */

export interface Stats {
  readonly runs: number;
  readonly median: number;
  readonly p95: number;
  readonly min: number;
  readonly max: number;
}

/** Median and 95th percentile (nearest rank: the smallest value at or above 95 % of the samples). */
export function stats(samples: readonly number[]): Stats {
  if (samples.length === 0) return { runs: 0, median: Number.NaN, p95: Number.NaN, min: Number.NaN, max: Number.NaN };
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
  const mid = sorted.length / 2;
  const median = sorted.length % 2 === 1 ? (sorted[Math.floor(mid)] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return { runs: sorted.length, median, p95: at(0.95), min: sorted[0] as number, max: sorted[sorted.length - 1] as number };
}

export type Unit = 'ms' | 's' | 'MB' | '%' | 'x';

export interface Figure {
  /** Stable id (the key in bench/results.json). */
  readonly id: string;
  readonly label: string;
  readonly unit: Unit;
  readonly stats: Stats;
  readonly samples: readonly number[];
  /** e.g. "p95 < 10 ms"; absent for informative rows. */
  readonly target?: string;
  readonly baseline?: { readonly label: string; readonly stats: Stats; readonly note?: string };
  /** true / false when there is a target; undefined for informative rows. */
  readonly met?: boolean;
  readonly note?: string;
}

const fmt = (value: number, unit: Unit): string => {
  if (!Number.isFinite(value)) return '-';
  switch (unit) {
    case 'ms':
      return value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0);
    case 's':
      return value.toFixed(2);
    case 'MB':
      return value.toFixed(0);
    case '%':
      return value.toFixed(1);
    case 'x':
      return value.toFixed(2);
  }
};

export const describeStats = (s: Stats, unit: Unit): string =>
  s.runs === 0 ? '-' : `${fmt(s.median, unit)} / ${fmt(s.p95, unit)} ${unit}`;

/** The table as Markdown (printed, and pasted into docs/performance.md). */
export function table(figures: readonly Figure[]): string {
  const header = ['figure', 'median / p95', 'runs', 'target', 'baseline (median / p95)', 'met'];
  const rows = figures.map((f) => [
    f.label,
    describeStats(f.stats, f.unit),
    String(f.stats.runs),
    f.target ?? '',
    f.baseline === undefined ? '' : `${f.baseline.label}: ${describeStats(f.baseline.stats, f.unit)}${f.baseline.note === undefined ? '' : ` (${f.baseline.note})`}`,
    f.met === undefined ? '' : f.met ? 'yes' : 'NO',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cells: readonly string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i] as number)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}
