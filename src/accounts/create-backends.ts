import type { Config, HostConfig } from '../config/config.js';
import type { Logger } from '../logger.js';
import type { KyselyStore } from '../store/kysely-store.js';
import type { AccountBackend } from './account-backend.js';

/**
 * One account backend per host, as the configuration says. Creating them
 * opens nothing: the `xmpp` backend connects on its first request or
 * health check, so a server that is down at start does not stop the
 * service from serving the other hosts, and a start that fails later
 * leaves nothing to close.
 */
export async function createBackends(
  config: Config,
  store: KyselyStore,
  logger: Logger,
): Promise<Map<string, AccountBackend>> {
  const backends = new Map<string, AccountBackend>();
  for (const host of config.hosts.values()) {
    backends.set(host.host, await createBackend(host, store, logger));
  }
  return backends;
}

/**
 * Each kind of backend is loaded only when a host uses it: @xmpp/client
 * alone adds a twentieth of a second to every start.
 */
async function createBackend(
  host: HostConfig,
  store: KyselyStore,
  logger: Logger,
): Promise<AccountBackend> {
  const settings = host.backend;
  const log = logger.child({ host: host.host, backend: settings.type });
  switch (settings.type) {
    case 'local': {
      const { createLocalBackend } = await import('./local/local-backend.js');
      return createLocalBackend(host.host, store.kysely);
    }
    case 'xmpp': {
      const { createXmppBackend } = await import('./xmpp/xmpp-backend.js');
      return createXmppBackend(host.host, {
        jid: settings.jid,
        password: settings.password,
        server: settings.server,
        tls: settings.tls,
        saslMechanism: settings.saslMechanism,
        requestTimeoutMs: settings.timeoutMs,
        logger: log,
      });
    }
    case 'ejabberd': {
      const { createEjabberdBackend } = await import(
        './ejabberd/ejabberd-backend.js'
      );
      return createEjabberdBackend(host.host, {
        url: settings.url,
        user: settings.user,
        password: settings.password,
        requestTimeoutMs: settings.timeoutMs,
      });
    }
  }
}
