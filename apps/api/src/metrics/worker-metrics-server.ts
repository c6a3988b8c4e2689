import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { metricsRegistry, renderMetrics } from './grading-metrics';

/**
 * A grading worker process has no HTTP API: this serves its registry (gradings by outcome,
 * grading time, sandbox kills, Node defaults) at GET /metrics on `port` for Prometheus, and
 * answers GET /healthz for liveness probes.
 * @example
 *   const server = await startWorkerMetricsServer(Number(process.env.WORKER_METRICS_PORT ?? 9464));
 */
export function startWorkerMetricsServer(port: number, host = '0.0.0.0'): Promise<Server & { port: number }> {
  const server = createServer((request, response) => {
    if (request.method === 'GET' && request.url === '/metrics') {
      renderMetrics().then(
        (body) => response.writeHead(200, { 'content-type': metricsRegistry.contentType }).end(body),
        () => response.writeHead(500).end(),
      );
    } else if (request.method === 'GET' && request.url === '/healthz') {
      response.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    } else {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(Object.assign(server, { port: (server.address() as AddressInfo).port })));
  });
}
