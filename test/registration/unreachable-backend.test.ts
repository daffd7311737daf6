import { afterAll, describe, expect, it } from 'vitest';
import { freePort, Workspace } from '../support/service-process.js';
import { submitForm } from '../support/web-form.js';
import { serviceConfig } from './registration-scenario.js';

const workspace = new Workspace();
afterAll(() => workspace.remove());

describe('a backend that cannot be reached', () => {
  it('gives the invitee a 503 page, the operator one error line, and burns no use', async () => {
    const port = await freePort();
    const closed = await freePort();
    workspace.writeConfig(
      serviceConfig(
        port,
        'down.test',
        `{ type: ejabberd, url: 'http://127.0.0.1:${closed}/api', user: 'admin@down.test', password: 'x', timeout: 2s }`,
      ),
    );
    const created = await workspace.cli(
      'invite',
      'create',
      'down.test',
      '--json',
    );
    const invite = JSON.parse(created.stdout) as { id: string; url: string };
    const token = invite.url.split('?')[1] as string;

    const _args = ['--config', workspace.configFile];
    const service = await workspace.serve(port);
    const answer = await submitForm(service.baseUrl, `/register?t=${token}`, {
      username: 'alice',
      password: 'a long pass phrase 99',
      confirmation: 'a long pass phrase 99',
    });
    await service.stop();

    expect(answer.status).toBe(503);
    const errors = service.output
      .split('\n')
      .filter((line) => line.includes('"msg":"account backend unreachable"'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('"level":50');
    expect(service.output).not.toContain('a long pass phrase 99');
    expect(service.output).not.toContain(token);

    const shown = await workspace.cli(
      'invite',
      'show',
      'down.test',
      invite.id,
      '--json',
    );
    expect(JSON.parse(shown.stdout).uses).toBe(0);
  });
});
