import { afterAll, describe, expect, it } from 'vitest';
import { freePort, Workspace } from '../support/service-process.js';

// DESIGN.md: a crash or `kill -9` at any moment loses nothing that a
// caller was told succeeded. The service is killed mid-burst; every
// invite that got its 201 must be there after a restart.

const workspace = new Workspace();
afterAll(() => workspace.remove());

describe('durability', () => {
  it('keeps every invite that got a 201 when killed with SIGKILL mid-burst', async () => {
    const port = await freePort();
    workspace.writeConfig(`listen: 127.0.0.1:${port}
database: sqlite:./data/durable.db
log_level: warn
hosts:
  example.com:
    base_url: https://example.com
`);
    const key = (
      await workspace.cli('api-key', 'create', 'example.com')
    ).stdout.trim();
    const _args = ['--config', workspace.configFile];
    const service = await workspace.serve(port);

    const acknowledged: string[] = [];
    let failures = 0;
    const client = async () => {
      // Bounded: each of the 16 clients sends at most 200 requests.
      for (let i = 0; i < 200; i++) {
        try {
          const response = await fetch(`${service.baseUrl}/invites_api`, {
            method: 'POST',
            headers: { authorization: `Bearer ${key}` },
          });
          if (response.status !== 201)
            throw new Error(`status ${response.status}`);
          acknowledged.push(((await response.json()) as { id: string }).id);
        } catch {
          failures++;
          return;
        }
      }
    };
    const burst = Promise.all(Array.from({ length: 16 }, client));

    while (acknowledged.length < 150)
      await new Promise((r) => setTimeout(r, 5));
    await service.kill();
    await burst;
    expect(failures).toBeGreaterThan(0);

    const restarted = await workspace.serve(port);
    const listed = await workspace.cli(
      'invite',
      'list',
      'example.com',
      '--json',
    );
    await restarted.stop();

    const stored = new Set(
      (JSON.parse(listed.stdout) as Array<{ id: string }>).map((i) => i.id),
    );
    const lost = acknowledged.filter((id) => !stored.has(id));
    expect(acknowledged.length).toBeGreaterThanOrEqual(150);
    expect(lost).toEqual([]);
  });
});
