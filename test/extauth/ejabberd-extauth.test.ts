import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createLocalBackend,
  type LocalBackend,
} from '../../src/accounts/local/local-backend.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import {
  canSignIn,
  type EjabberdServer,
  ensureDebianPackages,
  startEjabberd,
} from '../harness/index.js';
import { chownTree, serviceUser } from '../harness/service-user.js';
import { makeTempFolder } from '../harness/temp-folder.js';
import { PROGRAM } from '../support/service-process.js';
import { requireBuiltProgram } from './extauth-process.js';

// ejabberd 23.01 with `auth_method: external`, asking the built
// `xmpp-invites extauth` about every password, as an operator sets it
// up: accounts made through the local backend sign in over c2s.

const host = 'local.test';
const ALICE = 'alice:pässwörd:ключ';
let ejabberd: EjabberdServer;
let databasePath: string;

/** Opens the service's database as the service would, for one job. */
async function withBackend<T>(work: (b: LocalBackend) => Promise<T>) {
  const store = openSqliteStore(databasePath);
  try {
    await store.migrate();
    return await work(createLocalBackend(host, store.kysely));
  } finally {
    await store.close();
  }
}

/**
 * COMPAT: @xmpp/client 0.14 base64-encodes the SASL PLAIN message with
 * btoa, which sends Latin-1 (and throws past U+00FF) where RFC 4616 asks
 * for UTF-8. Handing it the UTF-8 bytes as a byte string sends what a
 * correct client sends. Remove once xmpp.js encodes UTF-8 itself.
 */
function asUtf8Bytes(text: string): string {
  return Buffer.from(text, 'utf8').toString('latin1');
}

const signIn = (localpart: string, password: string) =>
  canSignIn({
    host,
    c2sPort: ejabberd.c2sPort,
    localpart,
    password: asUtf8Bytes(password),
  });

beforeAll(async () => {
  requireBuiltProgram();
  await ensureDebianPackages(['ejabberd']);

  const folder = makeTempFolder('extauth');
  mkdirSync(join(folder, 'data'));
  databasePath = join(folder, 'data', 'xmpp-invites.db');
  const configFile = join(folder, 'config.yaml');
  writeFileSync(
    configFile,
    `database: sqlite:${databasePath}
hosts:
  ${host}:
    base_url: https://${host}
`,
  );
  // ejabberd splits extauth_program on spaces; a wrapper, as an operator
  // would write, keeps the command line in one place.
  const wrapper = join(folder, 'extauth.sh');
  writeFileSync(
    wrapper,
    `#!/bin/sh\nexec '${process.execPath}' '${PROGRAM}' --config '${configFile}' extauth\n`,
  );
  chmodSync(wrapper, 0o755);

  await withBackend((b) => b.createAccount('alice', ALICE));
  // ejabberd runs the bridge as its own user, which must read the config
  // and write the database (SQLite's WAL files sit beside it).
  chownTree(folder, serviceUser('ejabberd'));

  ejabberd = await startEjabberd({
    host,
    authMethod: 'external',
    extauthProgram: wrapper,
  });
});

afterAll(async () => {
  await ejabberd?.stop();
});

describe('ejabberd with xmpp-invites extauth', () => {
  it('signs in an account made through the local backend', async () => {
    expect(await signIn('alice', ALICE)).toBe(true);
    expect(await signIn('Alice', ALICE)).toBe(true);
  });

  it('refuses a wrong password and an unknown account', async () => {
    expect(await signIn('alice', 'alice:pässwörd:ключ2')).toBe(false);
    expect(await signIn('alice', 'alice:passwörd:ключ')).toBe(false);
    expect(await signIn('mallory', ALICE)).toBe(false);
  });

  it('signs in an account made while the server runs', async () => {
    await withBackend((b) => b.createAccount('carol', 'carol-password'));
    expect(await signIn('carol', 'carol-password')).toBe(true);
  });

  it('stores a password changed through ejabberd (setpass)', async () => {
    // ejabberdctl itself refuses non-ASCII passwords on its command line
    // ("invalid_password"); sign-in above covers UTF-8 end to end.
    const next = 'alice:new:pass:2';
    await ejabberd.ctl(['change_password', 'alice', host, next], [next]);

    expect(await signIn('alice', next)).toBe(true);
    expect(await signIn('alice', ALICE)).toBe(false);
    expect(await withBackend((b) => b.verifyPassword('alice', next))).toBe(
      true,
    );
  });

  it('registers and removes through ejabberdctl (tryregister, removeuser)', async () => {
    await ejabberd.registerUser('bob', 'bob-password');
    expect(await withBackend((b) => b.exists('bob'))).toBe(true);
    expect(await signIn('bob', 'bob-password')).toBe(true);
    await expect(
      ejabberd.registerUser('carol', 'other-password'),
    ).rejects.toThrow();
    expect(await signIn('carol', 'carol-password')).toBe(true);

    await ejabberd.ctl(['unregister', 'bob', host]);
    expect(await withBackend((b) => b.exists('bob'))).toBe(false);
    expect(await signIn('bob', 'bob-password')).toBe(false);
  });
});
