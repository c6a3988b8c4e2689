import type { GradingResult, Submission } from '../../../lib/api-types';
import { pick, translator, type Language } from '../../../lib/i18n';
import { FAILURE_LABEL, STATUS_LABEL } from '../../../lib/status';
import { CheckCard } from './check-card';

/**
 * A finished grading: overall status and score, a grading-level failure first and
 * prominently, then each check, then the student's console output. Everything that
 * came from the student or the sandbox is rendered as text.
 */
export function ResultView({ lang, submission }: { lang: Language; submission: Submission }) {
  const t = translator(lang);
  const result = submission.result;
  return (
    <section className={`result result-${submission.status}`} data-testid="result">
      <header className="result-summary">
        <span className={`status-pill status-${submission.status}`}>{t(STATUS_LABEL[submission.status])}</span>
        <span className="result-mode">{t(submission.mode === 'run' ? 'modeRun' : 'modeSubmit')}</span>
        {result && (
          <strong className="result-score" data-testid="result-score">
            {t('score')}{t('colon')} {result.score} / {result.maxScore}
          </strong>
        )}
      </header>
      {result && <ResultFacts lang={lang} result={result} />}
      {submission.status === 'error' && (
        <div className="notice notice-warning" role="alert" data-testid="platform-error">
          <strong>{t('statusError')}</strong>
          <p>{t('platformErrorHint')}</p>
          {result?.error && <pre className="message">{result.error}</pre>}
        </div>
      )}
      {result?.failure && (
        <div className="notice notice-error failure" role="alert" data-testid="grading-failure" data-reason={result.failure.reason}>
          <strong>{t(FAILURE_LABEL[result.failure.reason])}</strong>
          {result.failure.line !== undefined && (
            <span className="failure-position">
              {' '}({t('line')} {result.failure.line}{result.failure.column !== undefined && `, ${t('column')} ${result.failure.column}`})
            </span>
          )}
          <pre className="message">{pick(result.failure.message, lang)}</pre>
        </div>
      )}
      {result && result.checks.length > 0 && (
        <ol className="check-list">
          {result.checks.map((check) => <li key={check.id}><CheckCard lang={lang} check={check} /></li>)}
        </ol>
      )}
      {result && <ConsoleLogs lang={lang} logs={result.logs ?? []} />}
    </section>
  );
}

function ResultFacts({ lang, result }: { lang: Language; result: GradingResult }) {
  const t = translator(lang);
  const { timings } = result;
  const ms = (value: number) => `${Math.round(value)} ms`;
  return (
    <dl className="result-facts">
      <div><dt>{t('seed')}{t('colon')}</dt><dd data-testid="result-seed">{result.seed}</dd></div>
      <div><dt>{t('referenceBackend')}{t('colon')}</dt><dd>{result.referenceBackend}</dd></div>
      <div>
        <dt>{t('timings')}{t('colon')}</dt>
        <dd>
          {t('timingTranspile')} {ms(timings.transpileMs)} · {t('timingSetup')} {ms(timings.setupMs)} · {t('timingChecks')}{' '}
          {ms(timings.checksMs)} · {t('timingTotal')} {ms(timings.totalMs)} · {t('timingCpu')} {ms(timings.cpuMs)}
        </dd>
      </div>
    </dl>
  );
}

function ConsoleLogs({ lang, logs }: { lang: Language; logs: string[] }) {
  const t = translator(lang);
  return (
    <details className="logs" data-testid="console-logs">
      <summary>{t('logs')} ({logs.length})</summary>
      <pre>{logs.length > 0 ? logs.join('\n') : t('noLogs')}</pre>
    </details>
  );
}
