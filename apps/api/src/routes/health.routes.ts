import { HealthResponse } from '@schoolgate/contracts';
import type { AppContext } from '../app-context.ts';
import type { App } from './route-types.ts';

export function healthRoutes(app: App, ctx: AppContext) {
  app.get('/api/health', { schema: { tags: ['system'], response: { 200: HealthResponse } } }, async () => {
    await ctx.db.execute('select 1' as never);
    return { status: 'ok' as const, database: ctx.dbKind, version: ctx.version };
  });
}
