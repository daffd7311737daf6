import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EjabberdServer, startEjabberd } from './ejabberd.js';
import { canSignIn } from './sign-in.js';

const PROGRAM = fileURLToPath(
  new URL('../fixtures/extauth-one-account.mjs', import.meta.url),
);

describe('startEjabberd with external authentication', () => {
  const host = 'extauth.test';
  let ejabberd: EjabberdServer;
  const signIn = (localpart: string, password: string) =>
    canSignIn({ host, c2sPort: ejabberd.c2sPort, localpart, password });

  beforeAll(async () => {
    ejabberd = await startEjabberd({
      host,
      authMethod: 'external',
      extauthProgram: `${process.execPath} ${PROGRAM} zoe zoe-pass-123`,
    });
  });

  afterAll(async () => {
    await ejabberd?.stop();
  });

  it('signs in whom the program says yes to, and nobody else', async () => {
    expect(await signIn('zoe', 'zoe-pass-123')).toBe(true);
    expect(await signIn('zoe', 'wrong-pass-1')).toBe(false);
    expect(await signIn('admin', ejabberd.admin.password)).toBe(false);
  });
});
