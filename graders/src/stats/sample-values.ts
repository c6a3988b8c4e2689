import { text } from '../localized';
import { fail, type Outcome } from '../outcome';

/** Checks that samples are finite numbers; the failing outcome names the first one that is not. */
export function sampleProblem(label: string, samples: readonly unknown[]): Outcome | null {
  for (let i = 0; i < samples.length; i++) {
    const value = samples[i];
    if (typeof value !== 'number') {
      return fail('type', text(
        `${label} : la valeur n° ${i} devrait être un nombre, reçu ${value === null ? 'null' : typeof value}`,
        `${label}: value #${i} should be a number, got ${value === null ? 'null' : typeof value}`,
      ));
    }
    if (!Number.isFinite(value)) {
      return fail('not-finite', text(
        `${label} : la valeur n° ${i} vaut ${value} ; toutes les valeurs doivent être des nombres finis`,
        `${label}: value #${i} is ${value}; every value must be a finite number`,
      ));
    }
  }
  return null;
}
