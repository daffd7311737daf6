import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ProsodyServer, startProsody } from './prosody.js';
import { acceptsConnections } from './server-process.js';
import { canSignIn } from './sign-in.js';

describe('startProsody', () => {
  const host = 'harness.test';
  let prosody: ProsodyServer;
  const signIn = (localpart: string, password: string) =>
    canSignIn({ host, c2sPort: prosody.c2sPort, localpart, password });

  beforeAll(async () => {
    prosody = await startProsody({
      host,
      users: [{ localpart: 'first', password: 'first-pass-1' }],
      extraModules: ['http_openmetrics'],
      extraConfig: 'statistics = "internal"',
      httpPort: true,
    });
  });

  afterAll(async () => {
    await prosody?.stop();
  });

  it('creates the users it is given, and more on request', async () => {
    expect(await signIn('first', 'first-pass-1')).toBe(true);
    await prosody.createUser('second', 'second-pass-2');
    expect(await signIn('second', 'second-pass-2')).toBe(true);
    expect(await signIn('second', 'wrong-pass-2')).toBe(false);
  });

  it('serves HTTP modules on its loopback HTTP port', async () => {
    const response = await fetch(
      `http://127.0.0.1:${prosody.httpPort}/metrics`,
    );
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/prosody/);
  });

  it('halts and resumes on the same port with the same accounts', async () => {
    await prosody.halt();
    expect(await acceptsConnections(prosody.c2sPort)).toBe(false);
    await prosody.resume();
    expect(await signIn('first', 'first-pass-1')).toBe(true);
  });

  it('stops for good and removes its folder', async () => {
    const extra = await startProsody({ host: 'extra.test' });
    await extra.stop();
    expect(await acceptsConnections(extra.c2sPort)).toBe(false);
    expect(existsSync(extra.dataDir)).toBe(false);
  });

  it('says plainly that Debian ships no mod_auth_external', async () => {
    await expect(
      startProsody({ host: 'ext.test', authExternalCommand: '/bin/false' }),
    ).rejects.toThrow(/mod_auth_external/);
  });
});
