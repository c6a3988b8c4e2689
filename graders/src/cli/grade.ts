// npm run grade -- <slug> <file.ts> [--json] [--seed N] [--mode run|submit] [--lang fr|en]
// Grades a file exactly as the server does: the same worker pool, sandbox and checks.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Language } from '../localized';
import { createGradingPool } from '../pool/index';
import { GradingModeSchema, type GradingResult } from '../result';
import { summaryJson, summaryText } from './format-summary';

/** Exit code when grading ran (passed or failed), and when it could not. */
const EXIT_GRADED = 0;
const EXIT_NOT_GRADED = 2;
const USAGE = 'usage: npm run grade -- <slug> <file.ts> [--json] [--seed N] [--mode run|submit] [--lang fr|en]';

interface CliOptions {
  slug: string;
  file: string;
  json: boolean;
  seed?: number;
  mode: 'run' | 'submit';
  language: Language;
}

function parseOptions(argv: string[]): CliOptions {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      seed: { type: 'string' },
      mode: { type: 'string', default: 'submit' },
      lang: { type: 'string', default: 'fr' },
    },
  });
  const [slug, file, ...extra] = positionals;
  if (!slug || !file || extra.length > 0) throw new Error(USAGE);
  const seed = values.seed === undefined ? undefined : Number(values.seed);
  if (seed !== undefined && !(Number.isInteger(seed) && seed >= 0 && seed <= 0xffff_ffff)) throw new Error('--seed must be an integer from 0 to 4294967295');
  if (values.lang !== 'fr' && values.lang !== 'en') throw new Error('--lang must be fr or en');
  return { slug, file, json: values.json, seed, mode: GradingModeSchema.parse(values.mode), language: values.lang };
}

async function main(): Promise<number> {
  let options: CliOptions;
  let code: string;
  try {
    options = parseOptions(process.argv.slice(2));
    code = await readFile(options.file, 'utf8');
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return EXIT_NOT_GRADED;
  }
  const pool = await createGradingPool({ size: 1 });
  let result: GradingResult;
  try {
    result = await pool.grade({ slug: options.slug, code, mode: options.mode, seed: options.seed });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return EXIT_NOT_GRADED;
  } finally {
    await pool.close();
  }
  process.stdout.write(options.json ? `${JSON.stringify(summaryJson(result, options.language))}\n` : `${summaryText(result, options.language)}\n`);
  return result.status === 'error' ? EXIT_NOT_GRADED : EXIT_GRADED;
}

process.exitCode = await main();
