import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import { AppModule } from './app.module';
import type { ApiConfig } from './config';
import { AllExceptionsFilter } from './http/exception.filter';
import { strictJsonBody } from './http/json-body';
import { rejectNulInUrl } from './http/nul-characters';
import { setUpOpenApi } from './http/openapi';
import { sameOriginRequests } from './http/same-origin';
import { securityHeaders } from './http/security-headers';
import { PinoNestLogger } from './logger';

/**
 * Builds the NestJS application (not listening yet): prefix /api, strict JSON bodies,
 * security headers, same-origin state changes (CSRF), signed cookies, errors as `{ statusCode, error, message }`, OpenAPI at /api/docs.
 */
export async function createApiApp(config: ApiConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bodyParser: false, // strictJsonBody replaces it (UTF-8 and size rules)
    logger: new PinoNestLogger(),
    // A module that fails to initialise must reject here (tests and entry points report it),
    // not abort the whole process as Nest does by default.
    abortOnError: false,
  });
  app.setGlobalPrefix('api', { exclude: ['metrics'] }); // Prometheus scrapes /metrics
  app.disable('x-powered-by');
  app.use(securityHeaders);
  app.use(sameOriginRequests); // CSRF: state-changing requests from another site get 403
  app.use(rejectNulInUrl);
  app.use(cookieParser(config.cookieSecret));
  app.use(strictJsonBody);
  app.useGlobalFilters(new AllExceptionsFilter());
  setUpOpenApi(app);
  return app;
}
