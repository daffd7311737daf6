import type { FastifyInstance } from 'fastify';
import { createBackends } from './accounts/create-backends.js';
import type { Config } from './config/config.js';
import { buildApp } from './http/build-app.js';
import type { Logger } from './logger.js';
import { PurgeSchedule } from './maintenance/purge-schedule.js';
import { RegistrationService } from './registration/registration-service.js';
import { openStore } from './store/open-store.js';
import type { Store } from './store/store.js';

export interface RunningService {
  app: FastifyInstance;
  store: Store;
  /** The address actually bound, e.g. when port 0 was asked for. */
  address: string;
  stop(): Promise<void>;
}

/**
 * Wires the parts together, in order: storage first (and its migrations),
 * then HTTP, then the socket. Nothing listens before the database is
 * ready, so the first request already finds every table.
 */
export async function startService(
  config: Config,
  logger: Logger,
): Promise<RunningService> {
  const store = await openStore(config.database);
  try {
    const { applied } = await store.migrate();
    if (applied.length > 0) logger.info({ applied }, 'database migrated');
  } catch (error) {
    await store.close();
    throw error;
  }

  const now = Date.now;
  const backends = await createBackends(config, store, logger);
  const closeBackends = () =>
    Promise.all([...backends.values()].map((b) => b.close()));
  const registration = new RegistrationService({
    store,
    hosts: config.hosts,
    backends,
    logger,
    now,
  });
  const deps = { config, store, logger, registration, backends, now };
  const app = await buildApp(deps);

  let address: string;
  try {
    address = await app.listen({
      host: config.listen.host,
      port: config.listen.port,
    });
  } catch (error) {
    // A port in use, say: close what is open, so the process can exit.
    await app.close();
    await closeBackends();
    await store.close();
    throw error;
  }
  logger.info({ address, hosts: [...config.hosts.keys()] }, 'serving');

  const purge = new PurgeSchedule({
    store,
    purgeAfterMs: config.purgeAfterMs,
    logger,
    now,
  });
  purge.start();

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      await app.close();
      await closeBackends();
      await purge.stop();
      await store.close();
    })();
    return stopping;
  };
  return { app, store, address, stop };
}
