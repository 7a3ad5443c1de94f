import { z } from 'zod';
import { text } from './text.ts';

export const HealthResponse = z.object({
  status: z.literal('ok'),
  database: z.enum(['pglite', 'postgres']),
  version: text(),
});
export type HealthResponse = z.infer<typeof HealthResponse>;
