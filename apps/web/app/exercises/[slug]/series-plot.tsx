import { useId } from 'react';
import type { Plot } from '../../../lib/api-types';
import { dataBounds, padBounds } from '../../../lib/plot-scale';
import { PLOT_MARGIN, PlotAxes, areaScales } from './plot-axes';
import { SeriesMarks } from './series-marks';

const WIDTH = 380;
const HEIGHT = 250;

/** A 'line' or 'scatter' plot: axes with ticks and names, and every series in its colour. */
export function SeriesPlot({ plot, emptyText }: { plot: Plot; emptyText: string }) {
  const clipId = useId();
  const bounds = dataBounds(plot.series.map((series) => series.points));
  if (!bounds) return <p className="plot-empty">{emptyText}</p>;
  const area = {
    left: PLOT_MARGIN.left,
    top: PLOT_MARGIN.top,
    width: WIDTH - PLOT_MARGIN.left - PLOT_MARGIN.right,
    height: HEIGHT - PLOT_MARGIN.top - PLOT_MARGIN.bottom,
  };
  // A little room around the data, so that extreme points are not cut by the frame.
  const padded = padBounds(bounds, 0.03);
  const { x, y } = areaScales(padded, area);
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width={WIDTH} height={HEIGHT} role="img" className="plot-svg">
      <clipPath id={clipId}><rect x={area.left} y={area.top} width={area.width} height={area.height} /></clipPath>
      <rect x={area.left} y={area.top} width={area.width} height={area.height} className="plot-area" />
      <PlotAxes bounds={padded} area={area} xLabel={plot.xLabel} yLabel={plot.yLabel} />
      <g clipPath={`url(#${clipId})`}><SeriesMarks plot={plot} x={x} y={y} /></g>
    </svg>
  );
}
