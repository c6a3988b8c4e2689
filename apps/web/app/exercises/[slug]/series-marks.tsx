import type { Plot, PlotSeries } from '../../../lib/api-types';
import { finiteRuns } from '../../../lib/plot-scale';
import { Markers, markerFor, type MarkerShape } from './plot-marker';

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

/** Above this many points a series is dense (a sampled curve): small filled markers only. */
const DENSE_POINTS = 40;

/**
 * The marker of point series `index`: its shape follows its rank among the plot's point
 * series; sparse series alternate filled and hollow (see plot-marker.tsx), dense ones stay
 * filled, where rings would turn into a thick smear.
 */
export function seriesMarker(plot: Plot, index: number): { shape: MarkerShape; hollow: boolean } {
  const rank = plot.series.slice(0, index).filter((series) => seriesStyle(series, plot.kind) === 'points').length;
  const marker = markerFor(rank);
  return { shape: marker.shape, hollow: marker.hollow && plot.series[index]!.points.length <= DENSE_POINTS };
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
        const points = runs.flat().map(([px, py]): [number, number] => [x(px), y(py)]);
        const radius = points.length > 200 ? 2 : points.length > DENSE_POINTS ? 2.6 : 4;
        return <Markers key={i} points={points} color={color} radius={radius} overlay={overlay} {...seriesMarker(plot, i)} />;
      })}
    </g>
  );
}
