import { HealthResponse } from '@schoolgate/contracts';
import { databaseHealthRepository } from '@schoolgate/db';
import type { AppContext } from '../app-context.ts';
import type { App } from './route-types.ts';

export function healthRoutes(app: App, ctx: AppContext) {
  app.get('/api/health', { schema: { tags: ['system'], response: { 200: HealthResponse } } }, async () => {
    await databaseHealthRepository.ping(ctx.db);
    return { status: 'ok' as const, database: ctx.dbKind, version: ctx.version };
  });
}
