import type { Config, HostConfig } from '../config/config.js';
import type { Logger } from '../logger.js';
import type { KyselyStore } from '../store/kysely-store.js';
import type { AccountBackend } from './account-backend.js';
import { createEjabberdBackend } from './ejabberd/ejabberd-backend.js';
import { createLocalBackend } from './local/local-backend.js';
import { createXmppBackend } from './xmpp/xmpp-backend.js';

/**
 * One account backend per host, as the configuration says. Creating them
 * opens nothing: the `xmpp` backend connects on its first request or
 * health check, so a server that is down at start does not stop the
 * service from serving the other hosts, and a start that fails later
 * leaves nothing to close.
 */
export function createBackends(
  config: Config,
  store: KyselyStore,
  logger: Logger,
): Map<string, AccountBackend> {
  const backends = new Map<string, AccountBackend>();
  for (const host of config.hosts.values()) {
    backends.set(host.host, createBackend(host, store, logger));
  }
  return backends;
}

function createBackend(
  host: HostConfig,
  store: KyselyStore,
  logger: Logger,
): AccountBackend {
  const settings = host.backend;
  const log = logger.child({ host: host.host, backend: settings.type });
  switch (settings.type) {
    case 'local':
      return createLocalBackend(host.host, store.kysely);
    case 'xmpp':
      return createXmppBackend(host.host, {
        jid: settings.jid,
        password: settings.password,
        server: settings.server,
        tls: settings.tls,
        saslMechanism: settings.saslMechanism,
        requestTimeoutMs: settings.timeoutMs,
        logger: log,
      });
    case 'ejabberd':
      return createEjabberdBackend(host.host, {
        url: settings.url,
        user: settings.user,
        password: settings.password,
        requestTimeoutMs: settings.timeoutMs,
      });
  }
}
