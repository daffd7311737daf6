import { describe, expect, it } from 'vitest';
import { createInvite } from './create-invite.js';
import { inviteStatus, isExpired } from './invite.js';
import { inviteUri, landingUrl } from './invite-links.js';
import { generateInviteId, generateToken, isWellFormedToken } from './token.js';

const NOW = 1_800_000_000_000;
const DAY = 86_400_000;

function accountInvite(
  overrides: Partial<Parameters<typeof createInvite>[0]> = {},
) {
  return createInvite(
    {
      host: 'example.com',
      kind: 'account',
      createdBy: 'cli',
      ttlMs: 7 * DAY,
      ...overrides,
    },
    NOW,
  );
}

describe('createInvite', () => {
  it('makes an unused single-use invite that expires after its lifetime', () => {
    const invite = accountInvite();
    expect(invite.kind).toBe('account');
    expect(invite.uses).toBe(0);
    expect(invite.maxUses).toBe(1);
    expect(invite.expiresAt).toBe(NOW + 7 * DAY);
    expect(invite.revokedAt).toBeNull();
    expect(invite.createdBy).toBe('cli');
  });

  it('turns an account invite with several uses into a group invite', () => {
    expect(accountInvite({ maxUses: 5 }).kind).toBe('group');
    expect(accountInvite({ maxUses: 1 }).kind).toBe('account');
  });

  it('refuses a non-positive use count or lifetime', () => {
    expect(() => accountInvite({ maxUses: 0 })).toThrow(RangeError);
    expect(() => accountInvite({ maxUses: 1.5 })).toThrow(RangeError);
    expect(() => accountInvite({ ttlMs: 0 })).toThrow(RangeError);
  });

  it('gives every invite its own id and token', () => {
    const a = accountInvite();
    const b = accountInvite();
    expect(a.id).not.toBe(b.id);
    expect(a.token).not.toBe(b.token);
  });
});

describe('invite ids', () => {
  it('sort in the order they were made', () => {
    const earlier = generateInviteId(1_800_000_000_000);
    const later = generateInviteId(1_800_000_000_001);
    expect(earlier < later).toBe(true);
    expect(earlier).toMatch(/^[0-9a-z]{9}[A-Za-z0-9_-]{8}$/);
  });
});

describe('tokens', () => {
  it('carry at least 96 random bits in URL-safe characters', () => {
    const token = generateToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(token.length * 6).toBeGreaterThanOrEqual(96);
    expect(isWellFormedToken(token)).toBe(true);
  });

  it('are told apart from garbage', () => {
    for (const bad of [
      '',
      'short',
      'a b c d e f g h i j k l',
      'x'.repeat(65),
      'ä'.repeat(20),
    ]) {
      expect(isWellFormedToken(bad)).toBe(false);
    }
  });
});

describe('inviteStatus', () => {
  it('is valid until it expires', () => {
    const invite = accountInvite();
    expect(inviteStatus(invite, NOW)).toBe('valid');
    expect(isExpired(invite, invite.expiresAt - 1)).toBe(false);
    expect(inviteStatus(invite, invite.expiresAt)).toBe('expired');
  });

  it('is used up once every use is taken', () => {
    const invite = { ...accountInvite({ maxUses: 2 }), uses: 2 };
    expect(inviteStatus(invite, NOW)).toBe('used-up');
  });

  it('says revoked before anything else', () => {
    const invite = { ...accountInvite(), uses: 1, revokedAt: NOW };
    expect(inviteStatus(invite, NOW + 30 * DAY)).toBe('revoked');
  });
});

describe('inviteUri', () => {
  it('follows XEP-0401 for an open account invite', () => {
    const invite = accountInvite();
    expect(inviteUri(invite)).toBe(
      `xmpp:example.com?register;preauth=${invite.token}`,
    );
  });

  it('names the account when the username is fixed', () => {
    const invite = accountInvite({ username: 'alice' });
    expect(inviteUri(invite)).toBe(
      `xmpp:alice@example.com?register;preauth=${invite.token}`,
    );
  });

  it('asks for a roster entry and allows registration for contact invites', () => {
    const invite = accountInvite({ kind: 'contact', username: 'alice' });
    expect(inviteUri(invite)).toBe(
      `xmpp:alice@example.com?roster;preauth=${invite.token};ibr=y`,
    );
  });

  it('has no URI for a reset invite', () => {
    expect(
      inviteUri(accountInvite({ kind: 'reset', username: 'bob' })),
    ).toBeUndefined();
  });
});

describe('landingUrl', () => {
  it('fills the default template', () => {
    const url = landingUrl('{base_url}/invite?{token}', {
      baseUrl: 'https://example.com',
      host: 'example.com',
      token: 'abc_DEF-123',
    });
    expect(url).toBe('https://example.com/invite?abc_DEF-123');
  });

  it('fills a custom template with the host', () => {
    const url = landingUrl('https://join.example.org/{host}/{token}', {
      baseUrl: 'https://example.com',
      host: 'example.com',
      token: 'tok',
    });
    expect(url).toBe('https://join.example.org/example.com/tok');
  });
});
