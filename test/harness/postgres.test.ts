import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PostgresServer, startPostgres } from './postgres.js';
import { acceptsConnections } from './server-process.js';

describe('startPostgres', () => {
  let server: PostgresServer;

  beforeAll(async () => {
    server = await startPostgres();
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('serves a database on loopback that answers queries', async () => {
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    try {
      const result = await client.query('select 1 as one');
      expect(result.rows).toEqual([{ one: 1 }]);
    } finally {
      await client.end();
    }
  });

  it('keeps fsync on and listens on 127.0.0.1 only', async () => {
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    try {
      const fsync = await client.query('show fsync');
      const listen = await client.query('show listen_addresses');
      expect(fsync.rows[0].fsync).toBe('on');
      expect(listen.rows[0].listen_addresses).toBe('127.0.0.1');
    } finally {
      await client.end();
    }
  });

  it('stops: the port closes', async () => {
    const extra = await startPostgres();
    await extra.stop();
    expect(await acceptsConnections(extra.port)).toBe(false);
  });
});
