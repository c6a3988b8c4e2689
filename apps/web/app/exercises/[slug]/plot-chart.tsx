import type { Plot } from '../../../lib/api-types';
import { formatNumber } from '../../../lib/format-value';
import { pick, type Language } from '../../../lib/i18n';
import { cellShade, dataBounds, linearScale } from '../../../lib/plot-scale';

const WIDTH = 360;
const HEIGHT = 220;
const MARGIN = { top: 10, right: 12, bottom: 24, left: 60 };
// Ten distinguishable colours (Tableau 10), so that up to ten series stay apart.
const COLORS = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'];

/** A check's plot as a small SVG: lines, scatter points, or a heatmap grid. */
export function PlotChart({ lang, plot }: { lang: Language; plot: Plot }) {
  return (
    <figure className="plot" data-testid="plot">
      <figcaption>{pick(plot.title, lang)}</figcaption>
      {plot.kind === 'heatmap' ? <Heatmap grid={plot.grid ?? []} /> : <XYChart plot={plot} />}
    </figure>
  );
}

function XYChart({ plot }: { plot: Plot }) {
  const bounds = dataBounds(plot.series.map((s) => s.points));
  if (!bounds) return null;
  const x = linearScale([bounds.xMin, bounds.xMax], [MARGIN.left, WIDTH - MARGIN.right]);
  const y = linearScale([bounds.yMin, bounds.yMax], [HEIGHT - MARGIN.bottom, MARGIN.top]);
  const finite = (points: [number, number][]) => points.filter(([px, py]) => Number.isFinite(px) && Number.isFinite(py));
  return (
    <>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width={WIDTH} height={HEIGHT} role="img">
        <rect x={MARGIN.left} y={MARGIN.top} width={WIDTH - MARGIN.left - MARGIN.right} height={HEIGHT - MARGIN.top - MARGIN.bottom} className="plot-area" />
        <text x={MARGIN.left - 4} y={MARGIN.top + 8} textAnchor="end" className="plot-tick">{formatNumber(bounds.yMax)}</text>
        <text x={MARGIN.left - 4} y={HEIGHT - MARGIN.bottom} textAnchor="end" className="plot-tick">{formatNumber(bounds.yMin)}</text>
        <text x={MARGIN.left} y={HEIGHT - 8} className="plot-tick">{formatNumber(bounds.xMin)}</text>
        <text x={WIDTH - MARGIN.right} y={HEIGHT - 8} textAnchor="end" className="plot-tick">{formatNumber(bounds.xMax)}</text>
        {plot.series.map((series, i) => {
          const color = COLORS[i % COLORS.length];
          const points = finite(series.points);
          return plot.kind === 'line' ? (
            <polyline key={i} fill="none" stroke={color} strokeWidth={1.8}
              points={points.map(([px, py]) => `${x(px).toFixed(1)},${y(py).toFixed(1)}`).join(' ')} />
          ) : (
            <g key={i} fill={color} fillOpacity={0.7}>
              {points.map(([px, py], j) => <circle key={j} cx={x(px)} cy={y(py)} r={2.5} />)}
            </g>
          );
        })}
      </svg>
      {plot.series.length > 1 && (
        <ul className="plot-legend">
          {plot.series.map((series, i) => (
            <li key={i}><span className="swatch" style={{ background: COLORS[i % COLORS.length] }} />{series.name}</li>
          ))}
        </ul>
      )}
    </>
  );
}

function Heatmap({ grid }: { grid: number[][] }) {
  const rows = grid.length;
  const columns = Math.max(0, ...grid.map((row) => row.length));
  if (rows === 0 || columns === 0) return null;
  const values = grid.flat().filter(Number.isFinite);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const cell = Math.max(2, Math.min(16, Math.floor(WIDTH / columns)));
  return (
    <svg viewBox={`0 0 ${columns * cell} ${rows * cell}`} width={columns * cell} height={rows * cell} role="img">
      {grid.map((row, i) => row.map((value, j) => {
        const level = Math.round(255 * (1 - cellShade(value, min, max)));
        return <rect key={`${i}-${j}`} x={j * cell} y={i * cell} width={cell} height={cell} fill={`rgb(${level},${level},${level})`}><title>{formatNumber(value)}</title></rect>;
      }))}
    </svg>
  );
}
