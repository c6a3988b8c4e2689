import { validationText } from '../../../lib/authoring-files';
import { tAuthoring } from '../../../lib/authoring-i18n';
import type { Validation } from '../../../lib/authoring-types';
import type { Language } from '../../../lib/i18n';

/** The draft's last validation: in progress, its error, or one row per graded subject (solution, starter, mistakes). */
export function ValidationPanel({ lang, validation, draftHash }: { lang: Language; validation: Validation | null; draftHash: string }) {
  if (!validation) return null;
  const finished = validation.status === 'done' || validation.status === 'error';
  const stale = validation.draftHash !== draftHash;
  return (
    <section className="validation-panel" data-testid="validation" data-status={validation.status} data-ok={String(validation.ok)} data-stale={String(stale)}>
      <h2>{tAuthoring(lang, 'validation')}</h2>
      {stale && <p className="hint" data-testid="validation-stale">{tAuthoring(lang, 'validationStale')}</p>}
      {!finished && (
        <p className="grading-status" role="status" data-testid="validation-running">
          <span className="spinner" aria-hidden="true" /> {tAuthoring(lang, 'validating')}
        </p>
      )}
      {validation.status === 'error' && (
        <div className="notice notice-error" role="alert" data-testid="validation-error">
          <strong>{tAuthoring(lang, 'validationCrashed')}</strong>
          <pre>{validation.error}</pre>
        </div>
      )}
      {validation.status === 'done' && (
        <p className={validation.ok ? 'validation-ok' : 'validation-failed'} data-testid="validation-summary">
          {tAuthoring(lang, validation.ok ? 'validationPassed' : 'validationNotPassed')}
        </p>
      )}
      {validation.rows && validation.rows.length > 0 && (
        <table className="data-table validation-table" data-testid="validation-rows">
          <thead>
            <tr><th>{tAuthoring(lang, 'subject')}</th><th>{tAuthoring(lang, 'expectation')}</th><th>{tAuthoring(lang, 'passed')}</th><th>{tAuthoring(lang, 'detail')}</th></tr>
          </thead>
          <tbody>
            {validation.rows.map((row, index) => (
              <tr key={index} className={row.passed ? undefined : 'row-failed'} data-testid="validation-row" data-subject={row.subject} data-passed={String(row.passed)}>
                <td className="validation-subject">{row.subject}</td>
                <td>{validationText(lang, row.expectation)}</td>
                <td className={row.passed ? 'validation-ok' : 'validation-failed'} aria-label={String(row.passed)}>{row.passed ? '✓' : '✗'}</td>
                <td className="validation-detail">{validationText(lang, row.detail)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
