import type { Plot, PlotSeries } from '../../../lib/api-types';
import { finiteRuns } from '../../../lib/plot-scale';

// Ten distinguishable colours (Tableau 10), so that up to ten series stay apart.
const COLORS = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'];

/** The colour of the i-th series of a plot (the legend and the marks agree on it). */
export function seriesColor(index: number): string {
  return COLORS[index % COLORS.length]!;
}

/** How a series is drawn: its own style, else lines on 'line' plots and points elsewhere. */
export function seriesStyle(series: PlotSeries, kind: Plot['kind']): 'line' | 'points' {
  return series.style ?? (kind === 'line' ? 'line' : 'points');
}

interface SeriesMarksProps {
  plot: Plot;
  x: (value: number) => number;
  y: (value: number) => number;
  /** Outline the marks so that they stay visible over a coloured heatmap. */
  overlay?: boolean;
}

/** Every series of a plot as polylines or dots; non-finite points are skipped, breaking lines. */
export function SeriesMarks({ plot, x, y, overlay = false }: SeriesMarksProps) {
  return (
    <g className="plot-series">
      {plot.series.map((series, i) => {
        const color = seriesColor(i);
        const runs = finiteRuns(series.points);
        if (seriesStyle(series, plot.kind) === 'line') {
          const paths = runs.map((run) => run.map(([px, py]) => `${x(px).toFixed(1)},${y(py).toFixed(1)}`).join(' '));
          return (
            <g key={i} fill="none" strokeLinejoin="round" strokeLinecap="round">
              {overlay && paths.map((path, j) => <polyline key={`c${j}`} points={path} stroke="#fff" strokeWidth={4} strokeOpacity={0.85} />)}
              {paths.map((path, j) => <polyline key={j} points={path} stroke={color} strokeWidth={2} />)}
            </g>
          );
        }
        const radius = runs.flat().length > 200 ? 1.8 : 3;
        return (
          <g key={i} fill={color} fillOpacity={overlay ? 1 : 0.8} stroke={overlay ? '#1f2328' : '#fff'} strokeWidth={overlay ? 0.9 : 0.6}>
            {runs.flat().map(([px, py], j) => <circle key={j} cx={x(px)} cy={y(py)} r={radius} />)}
          </g>
        );
      })}
    </g>
  );
}
