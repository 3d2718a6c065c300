import fs from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.js';
import { DomainError } from '../domain/errors.js';
import { installAuth } from './auth.js';
import { installErrorHandler } from './error-handler.js';
import { databaseRateLimitStore } from './rate-limit-store.js';
import { auditRoutes } from './routes/audit.js';
import { authorisationCsvRoutes } from './routes/authorisation-csv.js';
import { authorisationRoutes } from './routes/authorisations.js';
import { authRoutes } from './routes/auth.js';
import { classificationRoutes } from './routes/classification.js';
import { coverageRoutes } from './routes/coverage.js';
import { orderRoutes } from './routes/orders.js';
import { partyRoutes } from './routes/parties.js';
import { productRoutes } from './routes/products.js';
import { roundRoutes } from './routes/rounds.js';
import { screeningRoutes } from './routes/screening.js';
import { supplyRoutes } from './routes/supply.js';
import { userRoutes } from './routes/users.js';

export interface AppOptions {
  /** Folder of the built web UI; served at / when it exists. */
  webDir?: string | undefined;
  logger?: boolean;
}

export const apiInfo = {
  title: 'Tranche API',
  version: '0.1.0',
  description:
    'Classify export-controlled hardware, determine licence requirements, and keep an audit trail no one can quietly edit. ' +
    'Sign in with POST /api/auth/sign-in (session cookie; send the returned csrfToken as X-CSRF-Token on state-changing requests) ' +
    'or send an API token as `Authorization: Bearer <token>`.',
};

/** Builds the HTTP app around a context; nothing listens until the caller says so. */
export async function buildApp(ctx: AppContext, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ? { level: ctx.config.logLevel } : false,
    bodyLimit: 5 * 1024 * 1024,
    trustProxy: false,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);

  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { global: false, store: databaseRateLimitStore(ctx.db, ctx.clock) });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: apiInfo,
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'tranche_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  installAuth(app, ctx);

  app.get(
    '/api/health',
    {
      config: { public: true },
      schema: {
        tags: ['health'],
        summary: 'Liveness',
        security: [],
        response: { 200: z.object({ status: z.literal('ok') }) },
      },
    },
    () => ({ status: 'ok' as const }),
  );
  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, () => app.swagger());

  await app.register(authRoutes(ctx));
  await app.register(userRoutes(ctx));
  await app.register(partyRoutes(ctx));
  await app.register(productRoutes(ctx));
  await app.register(classificationRoutes(ctx));
  await app.register(auditRoutes(ctx));
  await app.register(authorisationRoutes(ctx));
  await app.register(authorisationCsvRoutes(ctx));
  await app.register(coverageRoutes(ctx));
  await app.register(orderRoutes(ctx));
  await app.register(supplyRoutes(ctx));
  await app.register(roundRoutes(ctx));
  await app.register(screeningRoutes(ctx));

  const webDir = options.webDir;
  const hasWeb = webDir !== undefined && fs.existsSync(path.join(webDir, 'index.html'));
  if (hasWeb) await app.register(fastifyStatic, { root: path.resolve(webDir), wildcard: false });
  app.setNotFoundHandler((request, reply) => {
    // The UI routes in the browser: any non-API page gets the app shell.
    if (hasWeb && request.method === 'GET' && !request.url.startsWith('/api/'))
      return reply.sendFile('index.html');
    throw new DomainError('NOT_FOUND', `No route ${request.method} ${request.url.split('?')[0] ?? ''}.`);
  });

  await app.ready();
  return app;
}
