import { Controller, Get, Header, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type pg from 'pg';
import { PG_POOL } from '../database/database.module';
import { logger } from '../logger';
import { metricsRegistry, renderMetrics } from './grading-metrics';
import { refreshQueueDepth } from './queue-depth';

/**
 * Prometheus scrape endpoint, outside the /api prefix (`GET /metrics`): the web app only
 * forwards /api/*, so the metrics stay on the internal network.
 */
@ApiTags('metrics')
@Controller('metrics')
export class MetricsController {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  @Get()
  @Header('content-type', metricsRegistry.contentType)
  @ApiOperation({ summary: 'Prometheus metrics: queue depth, gradings by outcome, grading time, sandbox kills, Node defaults' })
  @ApiProduces('text/plain')
  @ApiOkResponse({ description: 'Prometheus text format' })
  async scrape(): Promise<string> {
    // A database that is down must not hide the process metrics: the queue gauge keeps its last value.
    await refreshQueueDepth(this.pool).catch((error) => logger.warn({ err: error }, 'could not read the queue depth for /metrics'));
    return renderMetrics();
  }
}
