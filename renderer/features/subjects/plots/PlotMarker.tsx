import type { PlotFlag } from '../../../../shared/plots';

export const SERIES_COLOUR = '#0b5cad';
export const SOFT_COLOUR = '#b45309';
export const HARD_COLOUR = '#b3261e';

/**
 * A point's marker, by shape as well as colour (never colour alone): a filled circle within range, a
 * triangle outside the soft range, a cross in a ring outside the hard range.
 */
export function PlotMarker({ cx, cy, flag }: { readonly cx: number; readonly cy: number; readonly flag: PlotFlag }) {
  switch (flag) {
    case 'none':
      return <circle cx={cx} cy={cy} r={3.5} fill={SERIES_COLOUR} stroke="#ffffff" strokeWidth={1} />;
    case 'soft':
      return <path d={`M ${cx} ${cy - 6} L ${cx + 6} ${cy + 4.5} L ${cx - 6} ${cy + 4.5} Z`} fill={SOFT_COLOUR} stroke="#ffffff" strokeWidth={1} />;
    case 'hard':
      return (
        <g>
          <circle cx={cx} cy={cy} r={7} fill="#ffffff" stroke={HARD_COLOUR} strokeWidth={2} />
          <path d={`M ${cx - 4} ${cy - 4} L ${cx + 4} ${cy + 4} M ${cx + 4} ${cy - 4} L ${cx - 4} ${cy + 4}`} stroke={HARD_COLOUR} strokeWidth={2} />
        </g>
      );
  }
}

/** The same markers as a small picture for the legend. */
export function MarkerIcon({ flag }: { readonly flag: PlotFlag }) {
  return (
    <svg className="plot-legend__icon" width={18} height={18} viewBox="0 0 18 18" aria-hidden="true" focusable="false">
      <PlotMarker cx={9} cy={9.5} flag={flag} />
    </svg>
  );
}
