import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './load-config.js';

const dir = mkdtempSync(join(tmpdir(), 'xmpp-invites-config-'));
let n = 0;

function file(yaml: string): string {
  const path = join(dir, `config-${n++}.yaml`);
  writeFileSync(path, yaml);
  return path;
}

function problemsOf(yaml: string, env: NodeJS.ProcessEnv = {}): string[] {
  try {
    loadConfig({ file: file(yaml), env });
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

const MINIMAL = `listen: 127.0.0.1:5281
database: sqlite:./data/xmpp-invites.db
hosts:
  example.com:
    base_url: https://example.com
`;

describe('loadConfig', () => {
  it('reads the minimal file of the README with every default', () => {
    const config = loadConfig({ file: file(MINIMAL), env: {} });
    expect(config.listen).toEqual({ host: '127.0.0.1', port: 5281 });
    expect(config.database).toEqual({
      kind: 'sqlite',
      path: './data/xmpp-invites.db',
    });
    const host = config.hosts.get('example.com');
    expect(host).toMatchObject({
      baseUrl: 'https://example.com',
      siteName: 'example.com',
      inviteExpiryMs: 7 * 86_400_000,
      resetExpiryMs: 86_400_000,
      landingUrlTemplate: '{base_url}/invite?{token}',
      backend: { type: 'local' },
      passwordMinLength: 10,
    });
    expect(host?.reservedUsernames).toContain('admin');
  });

  it('serves localhost on loopback with no file at all', () => {
    const config = loadConfig({ env: {} });
    expect(config.listen).toEqual({ host: '127.0.0.1', port: 5281 });
    expect(config.database).toEqual({
      kind: 'sqlite',
      path: './data/xmpp-invites.db',
    });
    expect([...config.hosts.keys()]).toEqual(['localhost']);
    expect(config.hosts.get('localhost')?.baseUrl).toBe(
      'http://127.0.0.1:5281',
    );
  });

  it('takes the file from XMPP_INVITES_CONFIG, and --listen over it', () => {
    const path = file(MINIMAL);
    const config = loadConfig({
      env: { XMPP_INVITES_CONFIG: path },
      listen: '127.0.0.1:9999',
    });
    expect(config.source).toBe(path);
    expect(config.listen.port).toBe(9999);
  });

  it('is frozen', () => {
    const config = loadConfig({ file: file(MINIMAL), env: {} });
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.hosts.get('example.com'))).toBe(true);
  });

  it('reads a backend password from a file or from the environment', () => {
    const secret = join(dir, 'secret');
    writeFileSync(secret, 's3cret\n');
    const yaml = `hosts:
  a.example:
    base_url: https://a.example
    backend: { type: xmpp, jid: admin@a.example, password_file: ${secret} }
  b.example:
    base_url: https://b.example
    backend: { type: ejabberd, url: http://127.0.0.1:5280/api, user: admin@b.example, password_env: EJ_PASS }
`;
    const config = loadConfig({
      file: file(yaml),
      env: { EJ_PASS: 'from-env' },
    });
    expect(config.hosts.get('a.example')?.backend).toMatchObject({
      type: 'xmpp',
      password: 's3cret',
    });
    expect(config.hosts.get('b.example')?.backend).toMatchObject({
      type: 'ejabberd',
      password: 'from-env',
    });
  });

  it('lists every problem, each with its fix', () => {
    const problems = problemsOf(`hosts:
  example.com:
    base_url: https://example.com
    reset_expiry: 10
    landing_url: https://example.com/join
    backend: { type: xmpp, jid: admin, password: x, password_env: Y }
  bad host!:
    base_url: https://x
`);
    expect(problems).toEqual(
      expect.arrayContaining([
        'hosts.example.com.reset_expiry: expected string, got a number',
        'hosts.example.com.landing_url: the template must contain {token}',
        'hosts.example.com.backend.jid: write a bare JID like admin@example.com',
        'hosts.bad host!: a host is a domain name like example.com',
      ]),
    );
  });

  it('refuses default lifetimes longer than the maximum, and one host twice', () => {
    const problems = problemsOf(`hosts:
  example.com:
    base_url: https://example.com
    invite_expiry: 60d
  Example.com:
    base_url: https://example.com
`);
    expect(problems).toEqual([
      'hosts.example.com.invite_expiry: longer than max_invite_expiry (30d): shorten it or raise max_invite_expiry',
      'hosts.Example.com: the same host as another one in other letter case: keep one',
    ]);
  });

  it('says which secret is missing', () => {
    const problems = problemsOf(
      `hosts:
  example.com:
    base_url: https://example.com
    backend: { type: ejabberd, url: http://127.0.0.1:5280/api, user: a@b, password_env: NOPE }
`,
    );
    expect(problems).toEqual([
      'hosts.example.com.backend.password_env: the variable NOPE is not set: export it before starting',
    ]);
  });

  it('refuses a file without hosts and one that is not a mapping', () => {
    expect(problemsOf('listen: 127.0.0.1:1\n')).toEqual([
      'hosts: missing: add it',
    ]);
    expect(problemsOf('- a\n- b\n')).toEqual([
      'the file must hold a YAML mapping of keys',
    ]);
  });
});

describe('page settings', () => {
  it('defaults to the built-in apps and accent colour, no logo', () => {
    const host = loadConfig({ file: file(MINIMAL), env: {} }).hosts.get(
      'example.com',
    );
    expect(host?.branding).toEqual({
      logoUrl: undefined,
      accentColor: '#1d5fbf',
      stylesheetUrl: undefined,
    });
    expect(host?.apps).toEqual({
      apps: undefined,
      apps_show: undefined,
      apps_hide: undefined,
    });
  });

  it('reads branding and app lists', () => {
    const config = loadConfig({
      file: file(`${MINIMAL}    logo_url: /brand/logo.svg
    accent_color: '#AA3300'
    stylesheet_url: https://cdn.example.com/site.css
    apps_hide: [dino]
    apps: [{ id: gajim, rank: { windows: 2 } }]
`),
      env: {},
    });
    const host = config.hosts.get('example.com');
    expect(host?.branding).toEqual({
      logoUrl: '/brand/logo.svg',
      accentColor: '#aa3300',
      stylesheetUrl: 'https://cdn.example.com/site.css',
    });
    expect(host?.apps.apps_hide).toEqual(['dino']);
  });

  it('names bad page settings with their fix', () => {
    const problems =
      problemsOf(`${MINIMAL}    logo_url: http://example.com/x.png
    accent_color: blue
    apps_show: [nope]
`);
    expect(problems).toEqual([
      'hosts.example.com.logo_url: write an https:// URL or a path starting with /',
      'hosts.example.com.accent_color: write a colour as #rrggbb, like #1d5fbf',
    ]);
    expect(problemsOf(`${MINIMAL}    apps_show: [nope]\n`)).toEqual([
      expect.stringMatching(
        /^hosts\.example\.com\.apps_show: unknown app "nope"/,
      ),
    ]);
  });
});
