/** Difficulty as filled dots out of three (more when an exercise says so). */
export function Difficulty({ level, label }: { level: number; label: string }) {
  const max = Math.max(3, level);
  return (
    <span className="difficulty" title={`${label} ${level}/${max}`} aria-label={`${label} ${level}/${max}`}>
      {'●'.repeat(level)}<span className="difficulty-empty">{'●'.repeat(max - level)}</span>
    </span>
  );
}
