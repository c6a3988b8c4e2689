/**
 * Marker shapes for point series. Successive point series of a plot alternate filled and
 * hollow shapes, so that points drawn exactly on top of each other (an expected centroid
 * under the student's, an expected epoch under theirs) both stay visible, and so that series
 * differ by more than colour.
 */
const SHAPES = ['circle', 'square', 'triangle', 'diamond'] as const;
export type MarkerShape = (typeof SHAPES)[number];

/** The marker of the n-th point series of a plot (n counts point series only). */
export function markerFor(rank: number): { shape: MarkerShape; hollow: boolean } {
  return { shape: SHAPES[rank % SHAPES.length]!, hollow: rank % 2 === 1 };
}

/** The SVG path of a marker shape of "radius" r centred at (x, y). */
function markerPath(shape: MarkerShape, x: number, y: number, r: number): string {
  const f = (value: number) => value.toFixed(1);
  switch (shape) {
    case 'square':
      return `M${f(x - r)},${f(y - r)}h${f(2 * r)}v${f(2 * r)}h${f(-2 * r)}Z`;
    case 'triangle':
      return `M${f(x)},${f(y - 1.2 * r)}L${f(x + 1.1 * r)},${f(y + 0.8 * r)}L${f(x - 1.1 * r)},${f(y + 0.8 * r)}Z`;
    case 'diamond':
      return `M${f(x)},${f(y - 1.3 * r)}L${f(x + 1.3 * r)},${f(y)}L${f(x)},${f(y + 1.3 * r)}L${f(x - 1.3 * r)},${f(y)}Z`;
    default:
      return `M${f(x - r)},${f(y)}a${f(r)},${f(r)} 0 1,0 ${f(2 * r)},0a${f(r)},${f(r)} 0 1,0 ${f(-2 * r)},0Z`;
  }
}

interface MarkersProps {
  points: readonly (readonly [number, number])[];
  color: string;
  shape: MarkerShape;
  hollow: boolean;
  radius: number;
  /** Dark outlines, for markers drawn over a coloured heatmap. */
  overlay?: boolean;
}

/**
 * Every point of one series as a single SVG path (hundreds of points stay one element).
 * Filled markers get a thin white outline; hollow ones a coloured ring; over heatmaps both get a dark halo.
 */
export function Markers({ points, color, shape, hollow, radius, overlay = false }: MarkersProps) {
  const r = hollow ? radius + 1.2 : radius;
  const d = points.map(([x, y]) => markerPath(shape, x, y, r)).join('');
  if (hollow) {
    return (
      <g fill="none">
        {overlay && <path d={d} stroke="#1f2328" strokeWidth={3.2} strokeOpacity={0.8} />}
        <path d={d} stroke={color} strokeWidth={1.6} />
      </g>
    );
  }
  if (overlay) {
    // A white ring inside a dark one: readable on both ends of the colour map.
    return (
      <g>
        <path d={d} fill="none" stroke="#1f2328" strokeWidth={2.8} />
        <path d={d} fill={color} stroke="#fff" strokeWidth={1} />
      </g>
    );
  }
  return <path d={d} fill={color} fillOpacity={0.85} stroke="#fff" strokeWidth={0.6} />;
}
