'use client';
import { budgetFraction, formatDuration } from '../../../lib/challenge-format';
import { lossCurvePlot, type TrainingState } from '../../../lib/challenge-plots';
import { formatNumber } from '../../../lib/format-value';
import { translator, type Language } from '../../../lib/i18n';
import { PlotChart } from '../../exercises/[slug]/plot-chart';

export interface TrainingPanelProps {
  lang: Language;
  queuePosition: number | null;
  training: TrainingState;
  /** The challenge's CPU budget, until the first report brings the one the grader applies. */
  budgetMs: number;
}

/**
 * A challenge grading in flight: its place in the queue while it waits, then the training's
 * last report, the CPU time used against the budget, and the loss curve drawn live.
 */
export function TrainingPanel({ lang, queuePosition, training, budgetMs }: TrainingPanelProps) {
  const t = translator(lang);
  const last = training.points.at(-1);
  const budget = training.budgetMs || budgetMs;
  return (
    <section className="training-panel" data-testid="training-progress" aria-live="polite">
      {queuePosition !== null && (
        <p className="queue-line">
          {t('queuePosition')}{t('colon')} <strong data-testid="queue-position">{queuePosition}</strong>
        </p>
      )}
      {queuePosition === null && (
        <>
          <div className="training-facts">
            <span>{t('epoch')}{t('colon')} <strong data-testid="training-epoch">{last ? formatNumber(last[0]) : '—'}</strong></span>
            <span>{t('loss')}{t('colon')} <strong data-testid="training-loss">{last ? formatNumber(last[1]) : '—'}</strong></span>
            <span className="budget-line">
              {t('cpuUsed')}{t('colon')} <strong data-testid="training-cpu">{formatDuration(training.cpuMs, lang)}</strong> / {formatDuration(budget, lang)}
              <progress max={1} value={budgetFraction(training.cpuMs, budget)} />
            </span>
          </div>
          {training.points.length > 0 ? (
            <div data-testid="loss-curve" data-points={training.points.length}>
              <PlotChart lang={lang} plot={lossCurvePlot(training.points)} />
            </div>
          ) : (
            <p className="hint">{t('waitingFirstReport')}</p>
          )}
        </>
      )}
    </section>
  );
}
