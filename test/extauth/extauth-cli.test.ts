import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Workspace } from '../support/service-process.js';
import { runExtauth } from './extauth-process.js';

// The built program, as ejabberd or Prosody runs it: frames on stdin,
// answers on stdout, logs on stderr, exit at end of input.

const workspace = new Workspace();
afterAll(() => workspace.remove());

function configFor(database: string): string {
  return workspace.writeConfig(`database: sqlite:${database}
log_level: debug
hosts:
  example.com:
    base_url: https://example.com
  example.net:
    base_url: https://example.net
    backend:
      type: ejabberd
      url: http://127.0.0.1:9/api
      user: admin@example.net
      password: not-used
`);
}

describe('xmpp-invites extauth', () => {
  it('answers each request on stdout and exits 0 at end of input', async () => {
    const config = configFor(join(workspace.dir, 'one.db'));
    const run = await runExtauth(config, [
      ['tryregister', 'alice', 'example.com', 'pass:word:1'],
      ['auth', 'alice', 'example.com', 'pass:word:1'],
      ['auth', 'alice', 'example.com', 'pass:word:2'],
      ['isuser', 'alice', 'example.com'],
      ['isuser', 'alice', 'example.net'],
      ['auth', 'alice', 'example.org', 'pass:word:1'],
      ['frobnicate', 'alice', 'example.com'],
      ['setpass', 'alice', 'example.com', 'pass:word:2'],
      ['auth', 'alice', 'example.com', 'pass:word:2'],
      ['removeuser', 'alice', 'example.com'],
      ['isuser', 'alice', 'example.com'],
    ]);

    expect(run.code).toBe(0);
    expect(run.strayBytes).toBe(0);
    expect(run.answers).toEqual([
      true,
      true,
      false,
      true,
      false,
      false,
      false,
      true,
      true,
      true,
      false,
    ]);
  });

  it('keeps accounts from one run to the next', async () => {
    const config = configFor(join(workspace.dir, 'two.db'));
    await runExtauth(config, [['tryregister', 'bob', 'example.com', 'b0b']]);
    const run = await runExtauth(config, [
      ['auth', 'bob', 'example.com', 'b0b'],
    ]);
    expect(run.answers).toEqual([true]);
  });

  it('logs JSON lines on stderr, without passwords', async () => {
    const config = configFor(join(workspace.dir, 'three.db'));
    const run = await runExtauth(config, [
      ['tryregister', 'carol', 'example.com', 'hunter2:secret'],
      ['auth', 'carol', 'example.com', 'wrong:guess'],
    ]);
    const lines = run.stderr.trim().split('\n');
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    expect(run.stderr).toMatch(/"msg":"extauth ready"/);
    expect(run.stderr).not.toContain('hunter2');
    expect(run.stderr).not.toContain('wrong:guess');
  });

  it('starts several copies at once on a fresh database', async () => {
    // ejabberd starts a pool of these together; all of them migrate the
    // same new file at the same moment.
    const config = configFor(join(workspace.dir, 'fresh', 'pool.db'));
    const runs = await Promise.all(
      Array.from({ length: 4 }, (_, i) =>
        runExtauth(config, [
          ['isuser', 'dave', 'example.com'],
          ['tryregister', `user${i}`, 'example.com', `password-${i}`],
        ]),
      ),
    );
    for (const run of runs) {
      expect(run.stderr).not.toMatch(/unexpected failure/);
      expect(run.code).toBe(0);
      expect(run.answers).toEqual([false, true]);
    }
  });

  it('refuses a broken configuration with one message and no answers', async () => {
    workspace.writeConfig('hosts: {}\n');
    const run = await runExtauth(workspace.configFile, [
      ['isuser', 'alice', 'example.com'],
    ]);
    expect(run.code).toBe(2);
    expect(run.answers).toEqual([]);
    expect(run.stderr).toMatch(
      /^xmpp-invites: .* has a problem:\n {2}- hosts: list at least one host/,
    );
  });
});
