import { useId } from 'react';
import type { Plot } from '../../../lib/api-types';
import { formatNumber } from '../../../lib/format-value';
import { cellColor, compactNumber, gridRange, heatmapBounds, viridis } from '../../../lib/plot-scale';
import { PLOT_MARGIN, PlotAxes, areaScales } from './plot-axes';
import { SeriesMarks } from './series-marks';

/** Largest side of the drawn grid, in SVG pixels. */
const MAX_SIDE = 260;
/** Largest cell side of an index grid: a 1×1 pooling output is a square, not a wall. */
const MAX_CELL = 36;
/** Smallest row height of an index grid, so that few long rows (k-fold splits) stay readable. */
const MIN_ROW = 14;

/** Room on the right for the colour bar and its two values. */
const COLOR_BAR_ROOM = 66;

/**
 * A 'heatmap' plot: the grid in viridis (row 0 at the top) with a colour bar from its
 * minimum to its maximum, and the series drawn over it in the data coordinates of `extent`.
 */
export function HeatmapPlot({ plot, emptyText }: { plot: Plot; emptyText: string }) {
  const ids = useId();
  const grid = plot.grid ?? [];
  const rows = grid.length;
  const columns = Math.max(0, ...grid.map((row) => row.length));
  if (rows === 0 || columns === 0) return <p className="plot-empty">{emptyText}</p>;
  const bounds = heatmapBounds(rows, columns, plot.extent);
  const hasExtent = bounds === plot.extent;
  const { width, height } = hasExtent ? extentSize(bounds) : indexGridSize(rows, columns);
  const area = { left: PLOT_MARGIN.left, top: PLOT_MARGIN.top, width, height };
  const svgWidth = area.left + width + COLOR_BAR_ROOM;
  const svgHeight = area.top + height + PLOT_MARGIN.bottom;
  const range = gridRange(grid) ?? { min: 0, max: 0 };
  const cellWidth = width / columns;
  const cellHeight = height / rows;
  const { x, y } = areaScales(bounds, area);
  return (
    <svg viewBox={`0 0 ${svgWidth} ${svgHeight}`} width={svgWidth} height={svgHeight} role="img" className="plot-svg">
      <clipPath id={`${ids}clip`}><rect x={area.left} y={area.top} width={width} height={height} /></clipPath>
      <g shapeRendering="crispEdges">
        {grid.map((row, i) => row.map((value, j) => (
          // A quarter-pixel overlap hides the hairline seams anti-aliasing leaves between cells.
          <rect key={`${i}-${j}`} x={area.left + j * cellWidth} y={area.top + i * cellHeight}
            width={cellWidth + 0.25} height={cellHeight + 0.25} fill={cellColor(value, range.min, range.max)}>
            <title>{`[${i}][${j}] = ${formatNumber(value)}`}</title>
          </rect>
        )))}
      </g>
      <PlotAxes bounds={bounds} area={area} xLabel={plot.xLabel} yLabel={plot.yLabel} integer={!hasExtent} yDown={!hasExtent} gridLines={false} />
      {hasExtent && <g clipPath={`url(#${ids}clip)`}><SeriesMarks plot={plot} x={x} y={y} overlay /></g>}
      <ColorBar id={`${ids}bar`} left={area.left + width + 12} top={area.top} height={Math.max(height, 40)} min={range.min} max={range.max} />
    </svg>
  );
}

function ColorBar({ id, left, top, height, min, max }: { id: string; left: number; top: number; height: number; min: number; max: number }) {
  const stops = Array.from({ length: 11 }, (_, i) => i / 10);
  const constant = !(max > min);
  return (
    <g className="plot-color-bar" data-testid="color-bar">
      <linearGradient id={id} x1="0" y1="1" x2="0" y2="0">
        {stops.map((t) => <stop key={t} offset={t} stopColor={viridis(constant ? 0.5 : t)} />)}
      </linearGradient>
      <rect x={left} y={top} width={10} height={height} fill={`url(#${id})`} className="plot-color-bar-rect" />
      {constant ? (
        <text x={left + 14} y={top + height / 2 + 3.5} className="plot-tick">{compactNumber(min)}</text>
      ) : (
        <>
          <text x={left + 14} y={top + 8} className="plot-tick">{compactNumber(max)}</text>
          <text x={left + 14} y={top + height} className="plot-tick">{compactNumber(min)}</text>
        </>
      )}
    </g>
  );
}

/** A data extent keeps its aspect ratio (within limits), its larger side MAX_SIDE. */
function extentSize(bounds: { xMin: number; xMax: number; yMin: number; yMax: number }) {
  const aspect = Math.min(1.4, Math.max(0.3, (bounds.yMax - bounds.yMin) / (bounds.xMax - bounds.xMin)));
  const width = aspect > 1 ? MAX_SIDE / aspect : MAX_SIDE;
  return { width, height: width * aspect };
}

/** An index grid gets square cells where it can, at most MAX_CELL and MAX_SIDE in all. */
function indexGridSize(rows: number, columns: number) {
  const cellWidth = Math.min(MAX_CELL, MAX_SIDE / columns);
  const cellHeight = Math.min(MAX_CELL, MAX_SIDE / rows, Math.max(cellWidth, MIN_ROW));
  return { width: cellWidth * columns, height: cellHeight * rows };
}
