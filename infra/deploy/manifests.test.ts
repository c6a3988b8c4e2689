// Docker and a cluster are not available where the tests run: these checks parse the compose
// file, the Kubernetes manifests and the Dockerfile, and hold them to each other and to the code.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { repoRoot } from '../src/paths';

const deployDir = join(repoRoot, 'infra', 'deploy');
const read = (path: string) => readFileSync(join(deployDir, path), 'utf8');
/** The TypeScript entry a container command runs, relative to the repository root (after `--import tsx`). */
const entryOf = (command: string[]) => command[command.indexOf('tsx') + 1]!;
/** The supervisor's default RSS cap per sandbox process (graders/src/pool/supervisor.ts). */
const RSS_CAP_MB = 1024;

type Manifest = { apiVersion: string; kind: string; metadata: { name: string }; spec?: any; data?: Record<string, string>; stringData?: Record<string, string> };

function k8sManifests(): Array<Manifest & { file: string }> {
  const files = readdirSync(join(deployDir, 'k8s')).filter((file) => file.endsWith('.yaml') && file !== 'kustomization.yaml');
  return files.flatMap((file) =>
    parseAllDocuments(read(join('k8s', file))).map((document) => {
      expect(document.errors, file).toEqual([]);
      return { ...(document.toJS() as Manifest), file };
    }),
  );
}

describe('Dockerfile', () => {
  const dockerfile = read('Dockerfile');
  it('installs with npm ci on Node 24, builds the web app and runs unprivileged', () => {
    expect(dockerfile).toMatch(/^FROM node:24\S* AS build$/m);
    expect(dockerfile).toMatch(/^RUN npm ci\b/m);
    expect(dockerfile).toContain('npm run build -w apps/web');
    expect(dockerfile).toMatch(/^USER 1000/m);
    // Every workspace's manifest is copied before `npm ci`, or the install misses its dependencies.
    const workspaces = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { workspaces: string[] }).workspaces;
    for (const workspace of workspaces) expect(dockerfile).toContain(`COPY ${workspace}/package.json ${workspace}/`);
  });
});

describe('compose.yaml', () => {
  const compose = parse(read('compose.yaml'), { merge: true }) as { services: Record<string, any> };
  const { services } = compose;

  it('runs postgres, the API, N workers and the web app from one image built by the Dockerfile', () => {
    expect(Object.keys(services).sort()).toEqual(['api', 'postgres', 'web', 'worker']);
    for (const name of ['api', 'worker', 'web']) {
      expect(services[name].image, name).toBe('dl-grader:latest');
      expect(services[name].build.dockerfile).toBe('infra/deploy/Dockerfile');
      expect(existsSync(join(deployDir, services[name].build.context, services[name].build.dockerfile))).toBe(true);
      expect(services[name].healthcheck?.test, name).toBeDefined();
    }
    expect(services.worker.deploy.replicas).toMatch(/WORKER_REPLICAS/);
  });

  it('starts entry points that exist, on the ports the others use', () => {
    expect(entryOf(services.api.command)).toBe('apps/api/src/main.ts');
    expect(entryOf(services.worker.command)).toBe('apps/api/src/worker-main.ts');
    for (const name of ['api', 'worker']) expect(existsSync(join(repoRoot, entryOf(services[name].command)))).toBe(true);
    const apiPort = services.api.environment.API_PORT;
    expect(services.api.healthcheck.test.join(' ')).toContain(`:${apiPort}/api/health`);
    expect(services.web.environment.API_URL).toBe(`http://api:${apiPort}`);
    expect(services.worker.healthcheck.test.join(' ')).toContain(`:${services.worker.environment.WORKER_METRICS_PORT}/healthz`);
    expect(services.web.command).toContain(`${services.web.ports[0].split(':')[1]}`);
  });

  it('points the API and workers at the postgres service, and keeps workers off the public network', () => {
    for (const name of ['api', 'worker']) expect(new URL(services[name].environment.DATABASE_URL.replace(/\$\{[^}]+\}/, 'x')).host).toBe('postgres:5432');
    expect(services.worker.networks).toEqual(['backend']);
    expect(services.worker.read_only).toBe(true);
    const memoryMb = Number(/^(\d+)M$/.exec(services.worker.deploy.resources.limits.memory)![1]);
    expect(memoryMb).toBeGreaterThanOrEqual(Number(services.worker.environment.GRADING_WORKERS) * RSS_CAP_MB);
  });
});

describe('Kubernetes manifests', () => {
  const manifests = k8sManifests();
  const find = (kind: string, name: string) => {
    const found = manifests.find((manifest) => manifest.kind === kind && manifest.metadata.name === name);
    if (!found) throw new Error(`no ${kind} ${name}`);
    return found;
  };
  const container = (name: string) => find('Deployment', name).spec.template.spec.containers[0];
  const config = find('ConfigMap', 'dl-config').data!;
  const secret = find('Secret', 'dl-secrets').stringData!;

  it('are all listed in kustomization.yaml', () => {
    const kustomization = parse(read('k8s/kustomization.yaml')) as { resources: string[] };
    expect([...kustomization.resources].sort()).toEqual([...new Set(manifests.map((manifest) => manifest.file))].sort());
  });

  it('run the API, web and workers from the same image and existing entry points', () => {
    for (const name of ['dl-api', 'dl-web', 'dl-worker']) expect(container(name).image).toBe('dl-grader:latest');
    expect(entryOf(container('dl-api').command)).toBe('apps/api/src/main.ts');
    expect(entryOf(container('dl-worker').command)).toBe('apps/api/src/worker-main.ts');
    for (const name of ['dl-api', 'dl-worker']) expect(existsSync(join(repoRoot, entryOf(container(name).command)))).toBe(true);
  });

  it('take every environment value from a ConfigMap or Secret key that exists', () => {
    for (const manifest of manifests.filter((each) => each.kind === 'Deployment' || each.kind === 'StatefulSet')) {
      for (const each of manifest.spec.template.spec.containers) {
        for (const from of each.envFrom ?? []) expect(from.configMapRef.name).toBe('dl-config');
        for (const variable of each.env ?? []) {
          const ref = variable.valueFrom?.secretKeyRef ?? variable.valueFrom?.configMapKeyRef;
          if (!ref) continue;
          expect(ref.name === 'dl-secrets' ? secret : config, `${manifest.metadata.name} ${variable.name}`).toHaveProperty(ref.key);
        }
      }
    }
  });

  it('wire the ports: readiness on /api/health, Services on the container ports, web to the API Service', () => {
    const api = container('dl-api');
    expect(api.readinessProbe.httpGet).toEqual({ path: '/api/health', port: Number(config.API_PORT) });
    expect(api.ports[0].containerPort).toBe(Number(config.API_PORT));
    expect(find('Service', 'dl-api').spec.ports[0].targetPort).toBe(Number(config.API_PORT));
    expect(config.API_URL).toBe(`http://dl-api:${find('Service', 'dl-api').spec.ports[0].port}`);
    expect(find('Service', 'dl-web').spec.ports[0].targetPort).toBe(container('dl-web').ports[0].containerPort);
    expect(container('dl-worker').livenessProbe.httpGet.port).toBe(Number(config.WORKER_METRICS_PORT));
    expect(new URL(secret.DATABASE_URL).hostname).toBe(find('Service', 'dl-postgres').metadata.name);
  });

  it('give each worker pod a memory limit above its sandbox processes’ RSS caps, and replicas to scale', () => {
    const worker = find('Deployment', 'dl-worker');
    expect(worker.spec.replicas).toBeGreaterThanOrEqual(1);
    const limit = container('dl-worker').resources.limits.memory as string;
    expect(Number(/^(\d+)Mi$/.exec(limit)![1])).toBeGreaterThanOrEqual(Number(config.GRADING_WORKERS) * RSS_CAP_MB);
    expect(container('dl-worker').securityContext).toMatchObject({ runAsNonRoot: true, readOnlyRootFilesystem: true });
  });
});
