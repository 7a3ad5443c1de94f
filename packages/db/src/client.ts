// Opens the one database a process uses: PGlite on disk by default, a PostgreSQL server when a URL is given.
// Both speak the same dialect, so the rest of the code sees one Drizzle database type.
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as schema from './schema/index.ts';

export type Schema = typeof schema;
/** A database or an open transaction: repositories accept either. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type DatabaseKind = 'pglite' | 'postgres';

export interface DatabaseHandle {
  db: Db;
  kind: DatabaseKind;
  /** Runs SQL text with parameters; used by pg-boss and by tests that need raw access. */
  query<T = Record<string, unknown>>(text: string, values?: unknown[]): Promise<{ rows: T[] }>;
  /** Runs one or more statements without parameters; returns the rows of the last one. */
  exec(text: string): Promise<{ rows: Record<string, unknown>[] }>;
  close(): Promise<void>;
  /** The embedded database's whole data directory as a gzipped tarball (PGlite only), for `schoolgate backup`. */
  dumpDataDir?: () => Promise<Uint8Array>;
}

/** Creates an embedded data directory from a tarball made by `dumpDataDir` (the directory must not exist yet). */
export async function restorePgliteDataDir(dataDir: string, tarball: Uint8Array): Promise<void> {
  const client = await PGlite.create({ dataDir, loadDataDir: new Blob([tarball as Uint8Array<ArrayBuffer>]) });
  await client.close();
}

export type OpenDatabaseOptions =
  { kind: 'postgres'; url: string; poolSize?: number } | { kind: 'pglite'; dataDir?: string /* omitted: in memory */ };

export async function openDatabase(options: OpenDatabaseOptions): Promise<DatabaseHandle> {
  if (options.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10 });
    // An idle connection closed by the server (restart, failover, a dropped test database) must not
    // crash the process: the pool replaces it on next use, and queries in flight fail on their own.
    pool.on('error', () => {});
    // Fail now, with the server's own message, rather than at the first request.
    const probe = await pool.connect();
    probe.release();
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    return {
      db,
      kind: 'postgres',
      query: async (text, values) => ({ rows: (await pool.query(text, values as unknown[])).rows }),
      exec: async (text) => {
        const result = (await pool.query(text)) as unknown as pg.QueryResult | pg.QueryResult[];
        return { rows: (Array.isArray(result) ? result[result.length - 1]?.rows : result.rows) ?? [] };
      },
      close: () => pool.end(),
    };
  }
  const client = options.dataDir ? await PGlite.create({ dataDir: options.dataDir }) : await PGlite.create();
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    query: async <T>(text: string, values?: unknown[]) => ({ rows: (await client.query<T>(text, values)).rows }),
    exec: async (text) => {
      const results = await client.exec(text);
      return { rows: (results[results.length - 1]?.rows ?? []) as Record<string, unknown>[] };
    },
    close: () => client.close(),
    dumpDataDir: async () => new Uint8Array(await (await client.dumpDataDir('gzip')).arrayBuffer()),
  };
}
