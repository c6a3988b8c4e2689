import { text } from '../localized';
import { fail, pass, type Outcome, type OutcomeCode } from '../outcome';
import { describeValue, formatNumber, truncateForDisplay } from './format';

type PathStep = number | string;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** A path as code writes it. @example formatPath(['assignments', 3]) // ".assignments[3]" */
function formatPath(path: readonly PathStep[]): string {
  return path.map((step) => (typeof step === 'number' ? `[${step}]` : IDENTIFIER.test(step) ? `.${step}` : `[${JSON.stringify(step)}]`)).join('');
}

/** The kind of a plain-data value, for "should be X, got Y". */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

interface Difference {
  code: Exclude<OutcomeCode, 'ok'>;
  fr: string;
  en: string;
}

const show = (v: unknown) => (typeof v === 'number' ? formatNumber(v) : typeof v === 'string' ? JSON.stringify(v) : String(v));

/** The first difference between two plain-data values, depth first in order, with its message. */
function firstDifference(got: unknown, expected: unknown, where: string): Difference | null {
  const gotKind = kindOf(got);
  const expectedKind = kindOf(expected);
  if (gotKind !== expectedKind) {
    return {
      code: 'type',
      fr: `${where} devrait être de type ${expectedKind}, reçu ${describeValue(got)}`,
      en: `${where} should be ${expectedKind === 'array' || expectedKind === 'object' ? 'an' : 'a'} ${expectedKind}, got ${describeValue(got)}`,
    };
  }
  if (Array.isArray(expected)) {
    const gotArray = got as unknown[];
    if (gotArray.length !== expected.length) {
      return {
        code: 'shape',
        fr: `${where} a ${gotArray.length} éléments, attendu ${expected.length}`,
        en: `${where} has ${gotArray.length} elements, expected ${expected.length}`,
      };
    }
    for (let i = 0; i < expected.length; i++) {
      const inner = firstDifference(gotArray[i], expected[i], `${where}${formatPath([i])}`);
      if (inner) return inner;
    }
    return null;
  }
  if (expectedKind === 'object') {
    const gotObject = got as Record<string, unknown>;
    const expectedObject = expected as Record<string, unknown>;
    for (const key of Object.keys(expectedObject)) {
      if (!Object.hasOwn(gotObject, key)) {
        return { code: 'type', fr: `${where} n’a pas de champ « ${key} »`, en: `${where} has no field "${key}"` };
      }
      const inner = firstDifference(gotObject[key], expectedObject[key], `${where}${formatPath([key])}`);
      if (inner) return inner;
    }
    const extra = Object.keys(gotObject).find((key) => !Object.hasOwn(expectedObject, key));
    if (extra !== undefined) {
      return { code: 'type', fr: `${where} a un champ inattendu « ${extra} »`, en: `${where} has an unexpected field "${extra}"` };
    }
    return null;
  }
  if (typeof got === 'number' && !Number.isFinite(got) && Number.isFinite(expected as number)) {
    return { code: 'not-finite', fr: `${where} vaut ${got}, attendu ${show(expected)}`, en: `${where} is ${got}, expected ${show(expected)}` };
  }
  // Object.is would tell -0 from 0 and NaN from NaN: equal as data here.
  const same = got === expected || (Number.isNaN(got) && Number.isNaN(expected));
  if (same) return null;
  return { code: 'value', fr: `${where} vaut ${show(got)}, attendu ${show(expected)}`, en: `${where} = ${show(got)}, expected ${show(expected)}` };
}

/**
 * Exact deep equality on plain data (numbers, strings, booleans, null, arrays, objects), for
 * integer and structural answers (labels, indices, k-means assignments). The message names the
 * first differing path; objects must have exactly the expected fields.
 * @example expectExactEqual('kFold(10, 3)[0].test', got, [0, 1, 2, 3])
 */
export function expectExactEqual(label: string, got: unknown, expected: unknown): Outcome {
  if (got === undefined && expected !== undefined) {
    return fail('type', text(
      `${label} a renvoyé undefined (manque-t-il une instruction return ?)`,
      `${label} returned undefined (is a return statement missing?)`,
    ), { expected: truncateForDisplay(expected) });
  }
  const difference = firstDifference(got, expected, label);
  if (difference === null) return pass(text(`${label} : correct.`, `${label}: correct.`));
  return fail(difference.code, text(difference.fr, difference.en), {
    expected: truncateForDisplay(expected),
    got: truncateForDisplay(got),
  });
}
