import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { KyselyStore } from '../../store/kysely-store.js';
import { openSqliteStore } from '../../store/sqlite/sqlite-store.js';
import {
  decodeExtauthAnswer,
  encodeExtauthRequest,
} from './extauth-protocol.js';
import { createLocalBackend, type LocalBackend } from './local-backend.js';
import { serveExtauth } from './serve-extauth.js';

const CHEAP = { memoryCost: 1024, timeCost: 1, parallelism: 1 };
const HOST = 'example.com';
const PASSWORD = 'pa:ss:wörd🔑';

const dir = mkdtempSync(join(tmpdir(), 'xmpp-invites-extauth-'));
let n = 0;
let store: KyselyStore;
let backend: LocalBackend;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeEach(async () => {
  await store?.close();
  store = openSqliteStore(join(dir, `extauth-${n++}.db`));
  await store.migrate();
  backend = createLocalBackend(HOST, store.kysely, { hashCost: CHEAP });
  await backend.createAccount('alice', PASSWORD);
});

/** Everything a logger was given, as one string to search. */
function recordingLogger() {
  const lines: string[] = [];
  const record =
    (level: string) =>
    (...args: unknown[]) =>
      lines.push(`${level} ${JSON.stringify(args)}`);
  return {
    lines,
    logger: {
      debug: record('debug'),
      info: record('info'),
      warn: record('warn'),
      error: record('error'),
    } as never,
  };
}

/** Feeds the frames to a session, in the given chunks, and reads answers. */
async function converse(
  chunks: Buffer[],
  backends: ReadonlyMap<string, LocalBackend> = new Map([[HOST, backend]]),
) {
  const output = new PassThrough();
  const received: Buffer[] = [];
  output.on('data', (chunk: Buffer) => received.push(chunk));
  const { logger, lines } = recordingLogger();

  await serveExtauth({
    input: Readable.from(chunks),
    output,
    backends,
    logger,
  });
  const bytes = Buffer.concat(received);
  const answers: (boolean | undefined)[] = [];
  for (let at = 0; at < bytes.length; at += 4) {
    answers.push(decodeExtauthAnswer(bytes.subarray(at, at + 4)));
  }
  return { answers, logs: lines.join('\n') };
}

const ask = (...fields: string[]) => encodeExtauthRequest(fields);

describe('serveExtauth', () => {
  it('checks passwords that hold colons and non-ASCII', async () => {
    const { answers } = await converse([
      ask('auth', 'alice', HOST, PASSWORD),
      ask('auth', 'alice', HOST, 'pa:ss'),
      ask('auth', 'alice', HOST, ''),
      ask('auth', 'bob', HOST, PASSWORD),
    ]);
    expect(answers).toEqual([true, false, false, false]);
  });

  it('answers each of several frames in one chunk, in order', async () => {
    const chunk = Buffer.concat([
      ask('isuser', 'alice', HOST),
      ask('isuser', 'bob', HOST),
      ask('auth', 'alice', HOST, PASSWORD),
    ]);
    expect((await converse([chunk])).answers).toEqual([true, false, true]);
  });

  it('reads frames split across chunks anywhere', async () => {
    const bytes = Buffer.concat([
      ask('auth', 'alice', HOST, PASSWORD),
      ask('isuser', 'alice', HOST),
    ]);
    const chunks = [...bytes].map((byte) => Buffer.from([byte]));
    expect((await converse(chunks)).answers).toEqual([true, true]);
  });

  it('finds a user whatever case the server sends', async () => {
    const { answers } = await converse([
      ask('isuser', 'ALICE', 'Example.COM'),
      ask('auth', 'Alice', HOST, PASSWORD),
    ]);
    expect(answers).toEqual([true, true]);
  });

  it('changes a password with setpass', async () => {
    const { answers } = await converse([
      ask('setpass', 'alice', HOST, 'new:password'),
      ask('setpass', 'ghost', HOST, 'new:password'),
      ask('setpass', 'alice', HOST, ''),
    ]);
    expect(answers).toEqual([true, false, false]);
    expect(await backend.verifyPassword('alice', 'new:password')).toBe(true);
    expect(await backend.verifyPassword('alice', PASSWORD)).toBe(false);
  });

  it('registers with tryregister, once per name', async () => {
    const { answers } = await converse([
      ask('tryregister', 'bob', HOST, 'bob:password'),
      ask('tryregister', 'bob', HOST, 'other-password'),
      ask('tryregister', 'alice', HOST, 'other-password'),
      ask('tryregister', 'a b', HOST, 'other-password'),
    ]);
    expect(answers).toEqual([true, false, false, false]);
    expect(await backend.verifyPassword('bob', 'bob:password')).toBe(true);
  });

  it('removes with removeuser, and with removeuser3 only given the password', async () => {
    await backend.createAccount('bob', 'bob-password');
    const { answers } = await converse([
      ask('removeuser3', 'alice', HOST, 'wrong'),
      ask('removeuser3', 'bob', HOST, 'bob-password'),
      ask('removeuser', 'alice', HOST),
      ask('removeuser', 'alice', HOST),
    ]);
    expect(answers).toEqual([false, true, true, false]);
    expect(await backend.exists('alice')).toBe(false);
    expect(await backend.exists('bob')).toBe(false);
  });

  it('says no to hosts that do not use the local backend', async () => {
    const { answers, logs } = await converse([
      ask('isuser', 'alice', 'example.net'),
      ask('auth', 'alice', 'example.net', PASSWORD),
      ask('tryregister', 'carol', 'example.net', PASSWORD),
    ]);
    expect(answers).toEqual([false, false, false]);
    expect(logs).toMatch(/extauth host not local/);
  });

  it('says no to unknown commands and malformed frames, then goes on', async () => {
    const { answers, logs } = await converse([
      ask('getpass', 'alice', HOST),
      ask('auth'),
      encodeExtauthRequest(['']),
      Buffer.from([0, 3, 0xff, 0xfe, 0xfd]),
      ask('isuser', 'alice', HOST),
    ]);
    expect(answers).toEqual([false, false, false, false, true]);
    expect(logs).toMatch(/unknown extauth command/);
    expect(logs).toMatch(/malformed extauth request/);
  });

  it('says no when the database fails, and logs why', async () => {
    const bare = openSqliteStore(join(dir, `bare-${n++}.db`));
    const broken = createLocalBackend(HOST, bare.kysely, { hashCost: CHEAP });
    const { answers, logs } = await converse(
      [ask('auth', 'alice', HOST, PASSWORD), ask('isuser', 'alice', HOST)],
      new Map([[HOST, broken]]),
    );
    await bare.close();
    expect(answers).toEqual([false, false]);
    expect(logs).toMatch(/extauth request failed/);
  });

  it('ends at end of input, noting a truncated request', async () => {
    const whole = ask('isuser', 'alice', HOST);
    const cut = ask('auth', 'alice', HOST, PASSWORD).subarray(0, 9);
    const { answers, logs } = await converse([whole, cut]);
    expect(answers).toEqual([true]);
    expect(logs).toMatch(/"bytes":9},"extauth input ended inside a request"/);
  });

  it('never logs a password', async () => {
    const { logs } = await converse([
      ask('auth', 'alice', HOST, PASSWORD),
      ask('auth', 'alice', HOST, 'guess:one'),
      ask('setpass', 'alice', HOST, 'next:secret'),
      ask('tryregister', 'bob', 'example.net', 'bob:secret'),
      ask('nonsense', 'alice', HOST, 'odd:secret'),
    ]);
    expect(logs).not.toBe('');
    for (const secret of ['pa:ss', 'guess', 'next:secret', 'bob:secret']) {
      expect(logs).not.toContain(secret);
    }
    expect(logs).not.toContain('odd:secret');
  });
});
