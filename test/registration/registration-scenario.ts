import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  freePort,
  type ServiceProcess,
  Workspace,
} from '../support/service-process.js';
import { submitForm } from '../support/web-form.js';

/** What a scenario needs from the XMPP server under test. */
export interface XmppSite {
  host: string;
  /** The `backend:` block of the host, in YAML flow style. */
  backendYaml: string;
  signIn(localpart: string, password: string): Promise<boolean>;
  stop(): Promise<void>;
}

export interface ScenarioOptions {
  /** Runs the 64-way race for one single-use invite. */
  race?: boolean;
  /** Runs once the service is up, with its workspace folder. */
  afterStart?: (workspace: Workspace) => void;
}

/** The service's configuration for one host and port. */
export function serviceConfig(port: number, host: string, backendYaml: string) {
  return `listen: 127.0.0.1:${port}
database: sqlite:./data/xmpp-invites.db
log_level: warn
rate_limits: { register: 'off', unknown_token: 'off' }
hosts:
  ${host}:
    base_url: http://127.0.0.1:${port}
    backend: ${backendYaml}
`;
}

/**
 * The registration path end to end, as an invitee walks it: an invite
 * from /invites_api, the web form over HTTP, then a real sign-in over
 * c2s on the real server. Each server and backend runs this same story.
 */
export function describeWebRegistration(
  name: string,
  startSite: (workspace: Workspace, port: number) => Promise<XmppSite>,
  options: ScenarioOptions = {},
) {
  describe(`registration through ${name}`, () => {
    const workspace = new Workspace();
    let site: XmppSite;
    let service: ServiceProcess;
    let key: string;

    beforeAll(async () => {
      const port = await freePort();
      site = await startSite(workspace, port);
      workspace.writeConfig(serviceConfig(port, site.host, site.backendYaml));
      key = (await workspace.cli('api-key', 'create', site.host)).stdout.trim();
      const _args = ['--config', workspace.configFile];
      service = await workspace.serve(port);
      options.afterStart?.(workspace);
    });

    afterAll(async () => {
      await service?.stop();
      await site?.stop();
      workspace.remove();
    });

    async function newInvite(query = ''): Promise<string> {
      const response = await fetch(`${service.baseUrl}/invites_api?${query}`, {
        headers: { authorization: `Bearer ${key}` },
      });
      expect(response.status).toBe(201);
      return (response.headers.get('location') ?? '').split('?')[1] as string;
    }

    const register = (token: string, username: string, password: string) =>
      submitForm(service.baseUrl, `/register?t=${token}`, {
        username,
        password,
        confirmation: password,
      });

    it('creates an account that signs in over c2s', async () => {
      const token = await newInvite();
      const answer = await register(token, 'Alice', 'first pass phrase 42');
      expect(answer.status).toBe(200);
      expect(answer.body).toContain(`alice@${site.host}`);
      expect(answer.body).not.toContain('first pass phrase 42');

      expect(await site.signIn('alice', 'first pass phrase 42')).toBe(true);
      expect(await site.signIn('alice', 'wrong pass phrase 42')).toBe(false);

      const used = await fetch(`${service.baseUrl}/invite?${token}`);
      expect(used.status).toBe(410);
    });

    it('reports a taken username as taken and keeps the invite usable', async () => {
      const token = await newInvite();
      const taken = await register(token, 'alice', 'another pass phrase 7');
      expect(taken.status).toBe(409);

      const again = await register(token, 'bob', 'bobs own pass phrase 9');
      expect(again.status).toBe(200);
      expect(await site.signIn('bob', 'bobs own pass phrase 9')).toBe(true);
    });

    it('resets a password with a reset invite: the new one works, the old does not', async () => {
      const reset = await workspace.cli(
        'invite',
        'reset',
        `alice@${site.host}`,
      );
      expect(reset.code).toBe(0);
      const token = reset.stdout.trim().split('?')[1] as string;

      const page = await fetch(`${service.baseUrl}/invite?${token}`, {
        redirect: 'manual',
      });
      expect([200, 303]).toContain(page.status);

      const answer = await submitForm(service.baseUrl, `/reset?t=${token}`, {
        password: 'second pass phrase 43',
        confirmation: 'second pass phrase 43',
      });
      expect(answer.status).toBe(200);
      expect(await site.signIn('alice', 'second pass phrase 43')).toBe(true);
      expect(await site.signIn('alice', 'first pass phrase 42')).toBe(false);
    });

    it('never creates an account with a reset invite', async () => {
      const reset = await workspace.cli(
        'invite',
        'reset',
        `nobody@${site.host}`,
      );
      const token = reset.stdout.trim().split('?')[1] as string;
      // Straight to the form handler, as a script would post it: the
      // registration form's own page redirects a reset invite away.
      const answer = await fetch(`${service.baseUrl}/register`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          token,
          user: 'mallory',
          password: 'mallorys pass phrase 1',
        }).toString(),
      });
      expect(answer.status).toBe(404);
      expect(await answer.text()).toContain('data-reason="unknown"');
      expect(await site.signIn('mallory', 'mallorys pass phrase 1')).toBe(
        false,
      );
    });

    it('never creates an account by resetting the password of a missing one', async () => {
      const reset = await workspace.cli(
        'invite',
        'reset',
        `ghost@${site.host}`,
      );
      const token = reset.stdout.trim().split('?')[1] as string;
      const answer = await submitForm(service.baseUrl, `/reset?t=${token}`, {
        password: 'ghostly pass phrase 5',
        confirmation: 'ghostly pass phrase 5',
      });
      expect(answer.status).not.toBe(200);
      expect(await site.signIn('ghost', 'ghostly pass phrase 5')).toBe(false);
    });

    it('creates up to N accounts with a group invite, and records each use', async () => {
      const response = await fetch(`${service.baseUrl}/invites_api?uses=2`, {
        headers: { authorization: `Bearer ${key}` },
      });
      const { id } = (await response.json()) as { id: string };
      const token = (response.headers.get('location') ?? '').split(
        '?',
      )[1] as string;

      expect(
        (await register(token, 'carol', 'carols pass phrase 11')).status,
      ).toBe(200);
      expect(
        (await register(token, 'dave', 'daves pass phrase 12')).status,
      ).toBe(200);
      expect(
        (await register(token, 'erin', 'erins pass phrase 13')).status,
      ).toBe(410);

      const shown = await workspace.cli(
        'invite',
        'show',
        site.host,
        id,
        '--json',
      );
      const usedBy = JSON.parse(shown.stdout).used_by.map(
        (u: { jid: string }) => u.jid,
      );
      expect(usedBy.sort()).toEqual([
        `carol@${site.host}`,
        `dave@${site.host}`,
      ]);
      expect(await site.signIn('erin', 'erins pass phrase 13')).toBe(false);
    });

    if (options.race) {
      it('makes exactly one account from 64 concurrent submissions of one invite', async () => {
        const token = await newInvite();
        const names = Array.from({ length: 64 }, (_, i) => `racer${i}`);
        const answers = await Promise.all(
          names.map((n) => register(token, n, `pass phrase for ${n}!`)),
        );
        expect(answers.filter((a) => a.status === 200)).toHaveLength(1);

        const signedIn = await Promise.all(
          names.map((n) => site.signIn(n, `pass phrase for ${n}!`)),
        );
        expect(signedIn.filter(Boolean)).toHaveLength(1);
      });
    }
  });
}
