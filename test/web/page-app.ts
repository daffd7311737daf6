import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { AccountBackend } from '../../src/accounts/account-backend.js';
import { createLocalBackend } from '../../src/accounts/local/local-backend.js';
import type { HostConfig } from '../../src/config/config.js';
import { loadConfig } from '../../src/config/load-config.js';
import { buildApp } from '../../src/http/build-app.js';
import type { Invite, InviteKind } from '../../src/invites/invite.js';
import { createLogger } from '../../src/logger.js';
import { RegistrationService } from '../../src/registration/registration-service.js';
import { issueInvite } from '../../src/service/issue-invite.js';
import type { KyselyStore } from '../../src/store/kysely-store.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { makeTempFolder } from '../harness/temp-folder.js';

export const HOST = 'chat.example';

export interface PageAppOptions {
  /** The host's base_url; the listening address for a browser test. */
  baseUrl?: string;
  /** More YAML lines under the host, indented by four spaces. */
  hostYaml?: string;
  /** Whether the backend claims in-band registration with preauth. */
  inBand?: boolean;
  /** Wraps the real local backend, to make it fail on purpose. */
  wrapBackend?: (backend: AccountBackend) => AccountBackend;
}

export interface PageApp {
  app: FastifyInstance;
  store: KyselyStore;
  host: HostConfig;
  backend: AccountBackend;
  invite(options?: {
    kind?: InviteKind;
    username?: string;
    uses?: number;
    createdBy?: string;
  }): Promise<{ invite: Invite; url: string; path: string }>;
  /** Loads a form as a browser would: its CSRF cookie and hidden field. */
  openForm(url: string): Promise<OpenedForm>;
  close(): Promise<void>;
}

export interface OpenedForm {
  response: LightMyRequestResponse;
  /** `xi_csrf=...`, to send back as the Cookie header. */
  cookie: string;
  /** The form's hidden `csrf` field. */
  csrf: string;
}

/**
 * The service's real app over a SQLite file in a temp folder, with the real
 * `local` backend (cheap Argon2 settings): what the page tests run against,
 * through `inject` or a real socket.
 */
export async function startPageApp(
  options: PageAppOptions = {},
): Promise<PageApp> {
  const dir = makeTempFolder('pages');
  const configFile = join(dir, 'config.yaml');
  writeFileSync(
    configFile,
    `database: sqlite:${join(dir, 'invites.db')}
log_level: silent
hosts:
  ${HOST}:
    base_url: ${options.baseUrl ?? `https://${HOST}`}
    site_name: Example Chat
${options.hostYaml ?? ''}`,
  );
  const config = loadConfig({ file: configFile, env: {} });
  const host = config.hosts.get(HOST) as HostConfig;
  const store = openSqliteStore(join(dir, 'invites.db'));
  await store.migrate();

  const local = createLocalBackend(HOST, store.kysely, {
    hashCost: { memoryCost: 1024, timeCost: 1, parallelism: 1 },
  });
  const wrapped = options.wrapBackend ? options.wrapBackend(local) : local;
  // The local backend cannot register in-band; pretend for page tests only.
  const backend: AccountBackend = options.inBand
    ? Object.assign(Object.create(wrapped), { supportsInBandPreauth: true })
    : wrapped;
  const backends = new Map([[HOST, backend]]);
  const logger = createLogger('silent');
  const now = Date.now;
  const registration = new RegistrationService({
    store,
    hosts: config.hosts,
    backends,
    logger,
    now,
  });
  const app = await buildApp({
    config,
    store,
    logger,
    registration,
    now,
    backends,
  });

  return {
    app,
    store,
    host,
    backend,
    async invite(wanted = {}) {
      const issued = await issueInvite(
        store,
        host,
        {
          kind: wanted.kind ?? 'account',
          createdBy: wanted.createdBy ?? 'cli',
          username: wanted.username,
          uses: wanted.uses,
        },
        now(),
      );
      if (!issued.ok) throw new Error(issued.reason);
      const path = `/invite?${issued.invite.token}`;
      return { invite: issued.invite, url: issued.url, path };
    },
    async openForm(url) {
      const response = await app.inject({ url });
      const setCookie = String(response.headers['set-cookie'] ?? '');
      const cookie = setCookie.split(';')[0] ?? '';
      const csrf = /name="csrf" value="([^"]+)"/.exec(response.body)?.[1];
      return { response, cookie, csrf: csrf ?? '' };
    },
    async close() {
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
