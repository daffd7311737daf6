import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config/load-config.js';

const dir = mkdtempSync(join(tmpdir(), 'xmpp-invites-limits-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function load(yaml: string) {
  const path = join(dir, 'config.yaml');
  writeFileSync(path, yaml);
  return loadConfig({ file: path, env: {} });
}

function problemsOf(yaml: string): string[] {
  try {
    load(yaml);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

const HOSTS = `hosts:
  example.com:
    base_url: https://example.com
  example.net:
    base_url: https://example.net
    rate_limits:
      register: 5/1h
      unknown_token: off
`;

describe('rate limits, trusted proxies, purge and the database URL', () => {
  it('has defaults: API unlimited, pages limited, no proxy, 30 days', () => {
    const config = load(HOSTS);
    expect(config.rateLimits).toEqual({
      apiKey: null,
      apiAddress: null,
      register: { max: 30, perMs: 600_000 },
      unknownToken: { max: 30, perMs: 600_000 },
    });
    expect(config.trustedProxies).toEqual([]);
    expect(config.purgeAfterMs).toBe(30 * 86_400_000);
  });

  it('lets a host replace single limits over the top-level ones', () => {
    const config = load(`rate_limits:
  api_key: 100/1m
  register: 10/10m
${HOSTS}`);
    expect(config.hosts.get('example.com')?.rateLimits).toEqual({
      apiKey: { max: 100, perMs: 60_000 },
      apiAddress: null,
      register: { max: 10, perMs: 600_000 },
      unknownToken: { max: 30, perMs: 600_000 },
    });
    expect(config.hosts.get('example.net')?.rateLimits).toEqual({
      apiKey: { max: 100, perMs: 60_000 },
      apiAddress: null,
      register: { max: 5, perMs: 3_600_000 },
      unknownToken: null,
    });
  });

  it('reads trusted proxies and purge_after off', () => {
    const config =
      load(`trusted_proxies: [127.0.0.1, 10.0.0.0/8, '::1', loopback]
purge_after: 'off'
${HOSTS}`);
    expect(config.trustedProxies).toEqual([
      '127.0.0.1',
      '10.0.0.0/8',
      '::1',
      'loopback',
    ]);
    expect(config.purgeAfterMs).toBeNull();
  });

  it('takes the database URL from XMPP_INVITES_DATABASE over the file', () => {
    const path = join(dir, 'env.yaml');
    writeFileSync(path, `database: sqlite:./x.db\n${HOSTS}`);
    const url = 'postgres://invites:secret@db.internal/invites';
    const config = loadConfig({
      file: path,
      env: { XMPP_INVITES_DATABASE: url },
    });
    expect(config.database).toEqual({ kind: 'postgres', url });
    expect(loadConfig({ file: path, env: {} }).database.kind).toBe('sqlite');
  });

  it('names each bad value with how to write it', () => {
    const problems = problemsOf(`rate_limits:
  register: 10 per minute
  burst: 5
trusted_proxies: [10.0.0.0/33, proxy.example]
purge_after: soon
${HOSTS}`);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^rate_limits\.register: .*like 10\/1m/),
        expect.stringMatching(/^rate_limits: unknown key "burst"/),
        expect.stringMatching(/^trusted_proxies\.0: write an address/),
        expect.stringMatching(/^trusted_proxies\.1: write an address/),
        expect.stringMatching(/^purge_after: /),
      ]),
    );
  });
});
