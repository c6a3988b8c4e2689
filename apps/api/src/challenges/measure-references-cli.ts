// `npm run challenges:reference [-- --only mnist-mlp] [--subset 10000:2000] [--epochs N]`:
// trains each challenge's TensorFlow.js reference model on the active backend (the GPU one when
// @tensorflow/tfjs-node-gpu loads) and stores its accuracy on the public half, which the challenge
// pages show next to the leaderboard. Minutes on WebAssembly; run it once per deployment.
import { parseArgs } from 'node:util';
import pg from 'pg';
import { loadCatalog } from '@dl/exercises';
import { migrate, resolveDatabaseUrl } from '@dl/infra';
import { measureReferenceAccuracy, saveReferenceAccuracy } from './reference-accuracy';

const { values } = parseArgs({ options: { only: { type: 'string', multiple: true }, subset: { type: 'string' }, epochs: { type: 'string' } } });
const subset = values.subset?.match(/^(\d+):(\d+)$/);
if (values.subset && !subset) throw new Error('--subset is train:test, e.g. 10000:2000');

const database = await resolveDatabaseUrl();
await migrate(database.url);
const client = new pg.Client({ connectionString: database.url });
await client.connect();
let status = 0;
try {
  const challenges = (await loadCatalog()).filter((exercise) => exercise.meta.challenge && (!values.only || values.only.includes(exercise.slug)));
  if (challenges.length === 0) throw new Error(`no challenge matches ${values.only?.join(', ') ?? 'the catalogue'}`);
  for (const exercise of challenges) {
    const kind = exercise.slug.endsWith('cnn') ? 'cnn' : 'mlp';
    console.log(`${exercise.slug}: training the reference ${kind.toUpperCase()}…`);
    const result = await measureReferenceAccuracy(kind, {
      subset: subset ? { train: Number(subset[1]), test: Number(subset[2]) } : undefined,
      epochs: values.epochs ? Number(values.epochs) : undefined,
      onEpoch: (epoch, loss) => console.log(`  epoch ${epoch + 1}: loss ${loss.toFixed(4)}`),
    });
    await saveReferenceAccuracy(client, exercise.slug, result);
    console.log(`${exercise.slug}: ${(result.accuracy * 100).toFixed(2)} % on the public half (${result.backend}, ${result.epochs} epochs on ${result.trainImagesUsed} images, ${(result.trainingMs / 1000).toFixed(1)} s)`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  status = 2;
} finally {
  await client.end();
  await database.stop();
}
process.exit(status);
