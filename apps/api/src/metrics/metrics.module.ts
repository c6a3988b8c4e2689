import { Module } from '@nestjs/common';
import { MetricsController } from './metrics.controller';

/** GET /metrics for Prometheus. */
@Module({ controllers: [MetricsController] })
export class MetricsModule {}
