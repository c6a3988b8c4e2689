import type { CheckResult, WorstElement } from '../../../lib/api-types';
import { formatIndex, formatNumber, formatValue, shapeOf } from '../../../lib/format-value';
import { pick, translator, type Language } from '../../../lib/i18n';
import { GradientTable } from './gradient-table';
import { PlotChart } from './plot-chart';

/** One check's outcome: title, badge, points, message, and whatever details it reported. */
export function CheckCard({ lang, check }: { lang: Language; check: CheckResult }) {
  const t = translator(lang);
  const details = check.details;
  return (
    <article className={`check ${check.passed ? 'check-passed' : 'check-failed'}`} data-testid={`check-${check.id}`} data-passed={String(check.passed)}>
      <header className="check-header">
        <span className="check-icon" aria-hidden="true">{check.passed ? '✓' : '✗'}</span>
        <span className="check-title">{pick(check.title, lang)}</span>
        <span className={`badge ${check.visible ? 'badge-visible' : 'badge-hidden'}`}>{t(check.visible ? 'visible' : 'hidden')}</span>
        <span className="check-points">{check.earned}/{check.points} {t('points')}</span>
      </header>
      <p className="message">{pick(check.message, lang)}</p>
      {details?.input !== undefined && <ValueBlock label={t('input')} value={details.input} />}
      {(details?.expected !== undefined || details?.got !== undefined) && (
        <div className="value-pair">
          {details.expected !== undefined && <ValueBlock label={t('expected')} value={details.expected} />}
          {details.got !== undefined && <ValueBlock label={t('got')} value={details.got} />}
        </div>
      )}
      {details?.worst && <WorstLine lang={lang} worst={details.worst} />}
      {details?.gradientTable && details.gradientTable.length > 0 && <GradientTable lang={lang} rows={details.gradientTable} />}
      {details?.plots?.map((plot, i) => <PlotChart key={i} lang={lang} plot={plot} />)}
    </article>
  );
}

function ValueBlock({ label, value }: { label: string; value: unknown }) {
  const shape = shapeOf(value);
  return (
    <figure className="value-block">
      <figcaption>{label}{shape && <span className="shape"> ({shape})</span>}</figcaption>
      <pre>{formatValue(value)}</pre>
    </figure>
  );
}

function WorstLine({ lang, worst }: { lang: Language; worst: WorstElement }) {
  const t = translator(lang);
  return (
    <p className="worst" data-testid="worst-element">
      <strong>{t('worstElement')}</strong> {t('index')} {formatIndex(worst.index)}{t('colon')} {t('got').toLowerCase()} {formatNumber(worst.got)},{' '}
      {t('expected').toLowerCase()} {formatNumber(worst.expected)}, {t('error')} {formatNumber(worst.error)}{' '}
      &gt; {t('allowed')} {formatNumber(worst.allowed)}
    </p>
  );
}
