import { tAuthoring } from '../../lib/authoring-i18n';
import type { FileProblem } from '../../lib/authoring-types';
import type { Language } from '../../lib/i18n';

/**
 * The problems of a refused save or import, one row each with its file, line and column.
 * `onOpen`: makes each file name a button that opens the file at that place.
 */
export function ProblemList({ lang, title, message, problems, onOpen }: {
  lang: Language;
  title: string;
  message: string;
  problems: FileProblem[];
  onOpen?(problem: FileProblem): void;
}) {
  return (
    <div className="notice notice-error problem-list" role="alert" data-testid="file-problems">
      <strong>{title}</strong>
      <p>{message}</p>
      {problems.length > 0 && (
        <table className="data-table">
          <thead>
            <tr><th>{tAuthoring(lang, 'file')}</th><th>{tAuthoring(lang, 'line')}</th><th>{tAuthoring(lang, 'column')}</th><th>{tAuthoring(lang, 'problem')}</th></tr>
          </thead>
          <tbody>
            {problems.map((problem, index) => (
              <tr key={index} data-testid="file-problem" data-file={problem.file}>
                <td>{onOpen ? <button type="button" className="link-button" onClick={() => onOpen(problem)}>{problem.file}</button> : problem.file}</td>
                <td>{problem.line ?? ''}</td>
                <td>{problem.column ?? ''}</td>
                <td className="problem-message">{problem.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
