import type { GradientRow } from '../../../lib/api-types';
import { formatIndex, formatNumber } from '../../../lib/format-value';
import { translator, type Language } from '../../../lib/i18n';

/** Analytic vs finite-difference (vs reference) gradient entries, failing rows highlighted. */
export function GradientTable({ lang, rows }: { lang: Language; rows: GradientRow[] }) {
  const t = translator(lang);
  const hasReference = rows.some((row) => row.reference !== undefined);
  return (
    <div className="gradient-check">
      <h4>{t('gradientCheck')}</h4>
      <table className="gradient-table" data-testid="gradient-table">
        <thead>
          <tr>
            <th>{t('parameter')}</th><th>{t('index')}</th><th>{t('analytic')}</th><th>{t('numeric')}</th>
            {hasReference && <th>{t('reference')}</th>}<th>{t('ok')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i} className={row.passed ? undefined : 'row-failed'}>
              <td>{row.parameter}</td>
              <td>{formatIndex(row.index)}</td>
              <td>{formatNumber(row.analytic)}</td>
              <td>{formatNumber(row.numeric)}</td>
              {hasReference && <td>{row.reference === undefined ? '—' : formatNumber(row.reference)}</td>}
              <td>{row.passed ? '✓' : '✗'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
