import type { Plot } from '../../../lib/api-types';
import { Markers } from './plot-marker';
import { seriesColor, seriesMarker, seriesStyle } from './series-marks';

/** Names each series of a plot beside a swatch drawn the way the series is (a line or a dot). */
export function PlotLegend({ plot }: { plot: Plot }) {
  if (plot.series.length === 0) return null;
  return (
    <ul className="plot-legend" data-testid="plot-legend">
      {plot.series.map((series, i) => (
        <li key={i}>
          <svg width={18} height={14} aria-hidden="true" className="plot-legend-swatch">
            {seriesStyle(series, plot.kind) === 'line'
              ? <line x1={1} x2={17} y1={7} y2={7} stroke={seriesColor(i)} strokeWidth={2.5} strokeLinecap="round" />
              : <Markers points={[[9, 7]]} color={seriesColor(i)} radius={3.6} {...seriesMarker(plot, i)} />}
          </svg>
          {series.name}
        </li>
      ))}
    </ul>
  );
}
