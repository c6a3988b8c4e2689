import type { Language } from '../localized';
import type { GradingResult } from '../result';

/** The one JSON object `npm run grade -- … --json` prints (the contract of ARCHITECTURE.md). */
export interface GradeSummaryJson {
  exercise: string;
  status: GradingResult['status'];
  score: number;
  maxScore: number;
  seed: number;
  checks: Array<{ name: string; passed: boolean; message: string }>;
}

/**
 * The command-line grader's JSON view of a result, messages in one language.
 * @example
 * summaryJson(result, 'en') // { exercise: 'dense-forward', status: 'passed', score: 3, maxScore: 3, seed: 42, checks: [...] }
 */
export function summaryJson(result: GradingResult, language: Language): GradeSummaryJson {
  return {
    exercise: result.exercise,
    status: result.status,
    score: result.score,
    maxScore: result.maxScore,
    seed: result.seed,
    checks: result.checks.map((check) => ({ name: check.id, passed: check.passed, message: check.message[language] })),
  };
}

const WORDS = {
  fr: { passed: 'RÉUSSI', failed: 'ÉCHEC', error: 'ERREUR', score: 'Score', seed: 'graine', backend: 'référence', hidden: 'cachée', error_: 'Erreur de la plateforme', logs: 'Sortie console' },
  en: { passed: 'PASSED', failed: 'FAILED', error: 'ERROR', score: 'Score', seed: 'seed', backend: 'reference', hidden: 'hidden', error_: 'Platform error', logs: 'Console output' },
} as const;

/**
 * A readable summary: status and score, the grading's failure if any, one line per check.
 * @example
 * console.log(summaryText(result, 'fr'))
 * // dense-forward : RÉUSSI — Score 3/3 (graine 42, référence wasm)
 * //   ✓ statement-example  Correct.
 */
export function summaryText(result: GradingResult, language: Language): string {
  const words = WORDS[language];
  const colon = language === 'fr' ? ' :' : ':';
  const lines = [
    `${result.exercise}${colon} ${words[result.status]} — ${words.score} ${result.score}/${result.maxScore} (${words.seed} ${result.seed}, ${words.backend} ${result.referenceBackend})`,
  ];
  if (result.failure) lines.push(`  ${result.failure.message[language]}`);
  if (result.error) lines.push(`  ${words.error_}${colon} ${result.error}`);
  for (const check of result.checks) {
    const hidden = check.visible ? '' : ` (${words.hidden})`;
    lines.push(`  ${check.passed ? '✓' : '✗'} ${check.id}${hidden} [${check.earned}/${check.points}]  ${check.message[language]}`);
  }
  if (result.logs.length > 0) lines.push(`  ${words.logs}${colon}`, ...result.logs.map((line) => `    ${line}`));
  return lines.join('\n');
}
