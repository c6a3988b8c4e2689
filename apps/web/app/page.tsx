import Link from 'next/link';
import { ApiUnreachable } from '../components/api-unreachable';
import { Difficulty } from '../components/difficulty';
import type { ExerciseProgress, ExerciseSummary } from '../lib/api-types';
import { pick, t, type Language } from '../lib/i18n';
import { currentLanguage } from '../lib/language';
import { groupByModule, moduleProgress, progressSummary, type ModuleProgress } from '../lib/modules';
import { apiGet } from '../lib/server-api';

export const dynamic = 'force-dynamic';

/** The catalogue: exercises grouped by module in course order, with the student's progress. */
export default async function CataloguePage() {
  const lang = await currentLanguage();
  const read = await apiGet<ExerciseSummary[]>('/api/exercises');
  if (read.kind === 'unreachable') return <ApiUnreachable lang={lang} />;
  if (read.kind === 'status') {
    return <div className="notice notice-error" role="alert">{t(lang, 'requestFailed')}: {read.message}</div>;
  }
  const groups = groupByModule(read.data);
  return (
    <div className="catalogue">
      <h1>{t(lang, 'catalogueTitle')}</h1>
      {groups.length === 0 && <p>{t(lang, 'catalogueEmpty')}</p>}
      {groups.map(({ module, exercises }) => {
        const progress = moduleProgress(exercises);
        return (
          <section key={module.id} className="module" data-testid={`module-${module.id}`}>
            <h2 className="module-heading">
              <span className="module-letter">{module.id}</span>
              <span className="module-title">{t(lang, module.titleKey)}</span>
              {progress && <ModuleSummary progress={progress} lang={lang} />}
              {module.id === 'E' && <Link href="/challenges" className="module-link" style={{ fontSize: 13, fontWeight: 400 }} data-testid="challenges-link">{t(lang, 'allChallenges')} →</Link>}
            </h2>
            <ul className="exercise-list">
              {exercises.map((exercise) => (
                <li key={exercise.slug} className="exercise-item" data-testid={`exercise-${exercise.slug}`}>
                  <Link href={`/${module.id === 'E' ? 'challenges' : 'exercises'}/${exercise.slug}`} data-testid={`exercise-link-${exercise.slug}`} className="exercise-title">
                    {pick(exercise.title, lang)}
                  </Link>
                  <Difficulty level={exercise.difficulty} label={t(lang, 'difficulty')} />
                  <span className="tags">{exercise.tags.map((tag) => <span key={tag} className="tag">{tag}</span>)}</span>
                  <span className="progress-cell">
                    {exercise.progress !== undefined && <ProgressBadge progress={exercise.progress} lang={lang} />}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

function ProgressBadge({ progress, lang }: { progress: ExerciseProgress | null; lang: Language }) {
  if (!progress) return <span className="progress progress-none" data-testid="progress">{t(lang, 'progressNone')}</span>;
  if (progress.passed) return <span className="progress progress-passed" data-testid="progress">✓ {t(lang, 'progressPassed')} · {progress.bestScore}/{progress.maxScore}</span>;
  return <span className="progress progress-partial" data-testid="progress">{t(lang, 'progressBest')}{t(lang, 'colon')} {progress.bestScore}/{progress.maxScore}</span>;
}

function ModuleSummary({ progress, lang }: { progress: ModuleProgress; lang: Language }) {
  const percent = progress.total > 0 ? (100 * progress.passed) / progress.total : 0;
  return (
    <span className="module-progress" data-testid="module-progress">
      <span className="module-progress-bar" aria-hidden="true"><span style={{ width: `${percent}%` }} /></span>
      {pick(progressSummary(progress), lang)}
    </span>
  );
}
