import type { Plot } from '../../../lib/api-types';
import { seriesColor, seriesStyle } from './series-marks';

/** Names each series of a plot beside a swatch drawn the way the series is (a line or a dot). */
export function PlotLegend({ plot }: { plot: Plot }) {
  if (plot.series.length === 0) return null;
  return (
    <ul className="plot-legend" data-testid="plot-legend">
      {plot.series.map((series, i) => (
        <li key={i}>
          <svg width={18} height={10} aria-hidden="true" className="plot-legend-swatch">
            {seriesStyle(series, plot.kind) === 'line'
              ? <line x1={1} x2={17} y1={5} y2={5} stroke={seriesColor(i)} strokeWidth={2.5} strokeLinecap="round" />
              : <circle cx={9} cy={5} r={3.5} fill={seriesColor(i)} stroke="#1f2328" strokeWidth={0.6} />}
          </svg>
          {series.name}
        </li>
      ))}
    </ul>
  );
}
