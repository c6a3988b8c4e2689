import { formatNumber } from '../../../lib/format-value';
import { linearScale, niceTicks, type Bounds } from '../../../lib/plot-scale';

/** Where the data are drawn inside a chart's SVG, in SVG pixels. */
export interface PlotArea {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Margins around the plot area: room for tick labels and the axis names. */
export const PLOT_MARGIN = { top: 8, right: 12, bottom: 40, left: 58 };

/** The pixel scales of an area for the given data bounds (y grows upwards). */
export function areaScales(bounds: Bounds, area: PlotArea) {
  return {
    x: linearScale([bounds.xMin, bounds.xMax], [area.left, area.left + area.width]),
    y: linearScale([bounds.yMin, bounds.yMax], [area.top + area.height, area.top]),
  };
}

interface PlotAxesProps {
  bounds: Bounds;
  area: PlotArea;
  xLabel?: string;
  yLabel?: string;
  /** Integer ticks only (heatmap cell indices). */
  integer?: boolean;
  /** Light grid lines across the area (off over heatmaps, where they would hide cells). */
  gridLines?: boolean;
  /** Flip the y axis so that its ticks grow downwards (row indices, row 0 at the top). */
  yDown?: boolean;
}

/** The frame of a chart: tick marks and values on both axes, optional grid lines, axis names. */
export function PlotAxes({ bounds, area, xLabel, yLabel, integer = false, gridLines = true, yDown = false }: PlotAxesProps) {
  const { x } = areaScales(bounds, area);
  const y = yDown
    ? linearScale([bounds.yMin, bounds.yMax], [area.top, area.top + area.height])
    : linearScale([bounds.yMin, bounds.yMax], [area.top + area.height, area.top]);
  const bottom = area.top + area.height;
  const right = area.left + area.width;
  // Index axes (short integer labels) take denser ticks than data axes.
  const xTicks = niceTicks(bounds.xMin, bounds.xMax, Math.max(2, Math.round(area.width / (integer ? 30 : 70))), integer);
  const yTicks = niceTicks(bounds.yMin, bounds.yMax, Math.max(2, Math.round(area.height / (integer ? 15 : 45))), integer);
  return (
    <g className="plot-axes">
      {gridLines && (
        <g className="plot-grid">
          {xTicks.map((tick) => <line key={`gx${tick}`} x1={x(tick)} x2={x(tick)} y1={area.top} y2={bottom} />)}
          {yTicks.map((tick) => <line key={`gy${tick}`} x1={area.left} x2={right} y1={y(tick)} y2={y(tick)} />)}
        </g>
      )}
      <rect x={area.left} y={area.top} width={area.width} height={area.height} className="plot-frame" />
      {xTicks.map((tick) => (
        <g key={`x${tick}`}>
          <line x1={x(tick)} x2={x(tick)} y1={bottom} y2={bottom + 4} className="plot-tick-mark" />
          <text x={x(tick)} y={bottom + 15} textAnchor="middle" className="plot-tick">{formatNumber(tick)}</text>
        </g>
      ))}
      {yTicks.map((tick) => (
        <g key={`y${tick}`}>
          <line x1={area.left - 4} x2={area.left} y1={y(tick)} y2={y(tick)} className="plot-tick-mark" />
          <text x={area.left - 6} y={y(tick) + 3.5} textAnchor="end" className="plot-tick">{formatNumber(tick)}</text>
        </g>
      ))}
      {xLabel && <text x={area.left + area.width / 2} y={bottom + 33} textAnchor="middle" className="plot-axis-label">{xLabel}</text>}
      {/* Long names read upwards; a one- or two-letter name (i, J, x₂) stays upright. */}
      {yLabel && (
        <text transform={`translate(12 ${area.top + area.height / 2})${yLabel.length > 2 ? ' rotate(-90)' : ''}`} textAnchor="middle"
          dominantBaseline={yLabel.length > 2 ? undefined : 'middle'} className="plot-axis-label">{yLabel}</text>
      )}
    </g>
  );
}
