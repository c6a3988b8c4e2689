import type { Plot } from '../../../lib/api-types';
import { pick, type Language } from '../../../lib/i18n';
import { HeatmapPlot } from './heatmap-plot';
import { ImagePlot } from './image-plot';
import { PlotLegend } from './plot-legend';
import { SeriesPlot } from './series-plot';

const NO_DATA = { fr: 'Rien à tracer (aucune valeur finie).', en: 'Nothing to draw (no finite value).' };

/**
 * A check's plot with its title: a line or scatter chart, a heatmap (with its colour bar
 * and any series over it) or an image, then a legend naming each series. Several plots of
 * one check sit side by side (see `.plot` in globals.css).
 */
export function PlotChart({ lang, plot }: { lang: Language; plot: Plot }) {
  const emptyText = pick(NO_DATA, lang);
  return (
    <figure className={`plot plot-kind-${plot.kind}`} data-testid="plot" data-kind={plot.kind}>
      <figcaption>{pick(plot.title, lang)}</figcaption>
      {plot.kind === 'image' ? (
        <ImagePlot image={plot.image ?? []} emptyText={emptyText} />
      ) : plot.kind === 'heatmap' ? (
        <HeatmapPlot plot={plot} emptyText={emptyText} />
      ) : (
        <SeriesPlot plot={plot} emptyText={emptyText} />
      )}
      {(plot.kind !== 'heatmap' || plot.extent) && plot.kind !== 'image' && <PlotLegend plot={plot} />}
    </figure>
  );
}
