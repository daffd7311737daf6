import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PageApp, startPageApp } from '../../../test/web/page-app.js';

const STRONG = 'correct horse battery staple';

let pages: PageApp;
beforeAll(async () => {
  pages = await startPageApp();
});
afterAll(() => pages.close());

function post(
  payload: Record<string, string>,
  headers: Record<string, string> = {},
) {
  return pages.app.inject({
    method: 'POST',
    url: '/register',
    payload: new URLSearchParams(payload).toString(),
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      ...headers,
    },
  });
}

describe('GET /register', () => {
  it('renders the form with a CSRF cookie and field, and page headers', async () => {
    const { invite } = await pages.invite();
    const { response, cookie, csrf } = await pages.openForm(
      `/register?t=${invite.token}&c=gajim`,
    );
    expect(response.statusCode).toBe(200);
    expect(cookie).toMatch(/^xi_csrf=[A-Za-z0-9_-]{22}$/);
    expect(response.headers['set-cookie']).toContain('HttpOnly');
    expect(response.headers['set-cookie']).toContain('Secure');
    expect(csrf).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['content-security-policy']).toContain(
      "frame-ancestors 'none'",
    );
    expect(response.body).toContain(`name="token" value="${invite.token}"`);
    expect(response.body).toContain('name="app_id" value="gajim"');
    expect(response.body).toContain('autocomplete="new-password"');
  });

  it('shows a locked username, not editable', async () => {
    const { invite } = await pages.invite({ username: 'carol' });
    const { response } = await pages.openForm(`/register?t=${invite.token}`);
    expect(response.body).toMatch(/value="carol"[^>]*readonly/);
  });

  it('answers dead invites like the landing page', async () => {
    const { response } = await pages.openForm(
      '/register?t=nosuchtoken0000000000',
    );
    expect(response.statusCode).toBe(404);
  });
});

describe('POST /register', () => {
  it('creates the account and shows its address and the app steps, never the password', async () => {
    const { invite } = await pages.invite();
    const form = await pages.openForm(`/register?t=${invite.token}&c=dino`);
    const response = await post(
      {
        token: invite.token,
        app_id: 'dino',
        csrf: form.csrf,
        username: 'Dora',
        password: STRONG,
        confirmation: STRONG,
      },
      { cookie: form.cookie },
    );
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('dora@chat.example');
    expect(response.body).toContain('Sign in to Dino');
    expect(response.body).toContain(
      'Sign in with your address dora@chat.example and your password.',
    );
    expect(response.body).not.toContain(STRONG);
    expect(await pages.store.listUses(invite.id)).toHaveLength(1);
  });

  it('refuses a submission without the CSRF cookie or with a forged field', async () => {
    const { invite } = await pages.invite();
    const form = await pages.openForm(`/register?t=${invite.token}`);
    const fields = {
      token: invite.token,
      csrf: form.csrf,
      username: 'mallory',
      password: STRONG,
      confirmation: STRONG,
    };
    const noCookie = await post(fields);
    expect(noCookie.statusCode).toBe(403);
    expect(noCookie.body).toContain('The form expired');
    expect(noCookie.body).toContain('value="mallory"');

    const forged = await post(
      {
        ...fields,
        csrf: form.csrf.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')),
      },
      { cookie: form.cookie },
    );
    expect(forged.statusCode).toBe(403);

    const otherCookie = await post(fields, {
      cookie: 'xi_csrf=AAAAAAAAAAAAAAAAAAAAAA',
    });
    expect(otherCookie.statusCode).toBe(403);
    expect(await pages.backend.deleteAccount('mallory')).toMatchObject({
      ok: false,
      reason: 'not-found',
    });
  });

  it('takes the field names of Prosody mod_invites_register_web from this site', async () => {
    const { invite } = await pages.invite();
    const response = await post(
      {
        user: 'prosodyfan',
        password: STRONG,
        token: invite.token,
        app_id: 'monal',
      },
      { origin: 'https://chat.example', 'sec-fetch-site': 'same-origin' },
    );
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('prosodyfan@chat.example');
    expect(response.body).toContain('Sign in to Monal');
  });

  it('refuses a Prosody-style post from another site', async () => {
    const { invite } = await pages.invite();
    const response = await post(
      { user: 'victim', password: STRONG, token: invite.token },
      { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    );
    expect(response.statusCode).toBe(403);
  });

  it('says what is wrong per field, keeps the username, drops the passwords', async () => {
    const { invite } = await pages.invite();
    const form = await pages.openForm(`/register?t=${invite.token}`);
    const send = (fields: Record<string, string>) =>
      post(
        { token: invite.token, csrf: form.csrf, ...fields },
        { cookie: form.cookie },
      );

    const weak = await send({
      username: 'erin',
      password: 'aaaaaaaaaaaa',
      confirmation: 'aaaaaaaaaaaa',
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.body).toContain('That password is too easy to guess.');
    expect(weak.body).toContain('value="erin"');
    expect(weak.body).not.toContain('aaaaaaaaaaaa');
    expect(weak.body).toMatch(/id="password"[^>]*aria-invalid="true"/);

    const short = await send({
      username: 'erin',
      password: 'x',
      confirmation: 'x',
    });
    expect(short.body).toContain('The password needs at least 10 characters.');

    const mismatch = await send({
      username: 'erin',
      password: STRONG,
      confirmation: `${STRONG}!`,
    });
    expect(mismatch.body).toMatch(/id="confirmation"[^>]*aria-invalid="true"/);
    expect(mismatch.body).toContain('The two passwords are not the same.');

    const reserved = await send({
      username: 'admin',
      password: STRONG,
      confirmation: STRONG,
    });
    expect(reserved.body).toContain('That username is reserved.');

    const bad = await send({
      username: 'a b',
      password: STRONG,
      confirmation: STRONG,
    });
    expect(bad.body).toContain('A username cannot contain spaces');
    expect(await pages.store.listUses(invite.id)).toHaveLength(0);
  });

  it('says a taken username is taken, and keeps the invite', async () => {
    await pages.backend.createAccount('taken', STRONG);
    const { invite } = await pages.invite();
    const form = await pages.openForm(`/register?t=${invite.token}`);
    const response = await post(
      {
        token: invite.token,
        csrf: form.csrf,
        username: 'taken',
        password: STRONG,
        confirmation: STRONG,
      },
      { cookie: form.cookie },
    );
    expect(response.statusCode).toBe(409);
    expect(response.body).toContain('That username is already taken.');
    const again = await pages.app.inject({ url: `/invite?${invite.token}` });
    expect(again.statusCode).toBe(200);
  });

  it('answers 503 "try again in a minute" when the backend is unreachable', async () => {
    const down = await startPageApp({
      wrapBackend: (backend) => ({
        ...backend,
        host: backend.host,
        supportsInBandPreauth: false,
        createAccount: async () => ({
          ok: false,
          reason: 'unreachable',
          detail: 'connection refused',
        }),
      }),
    });
    try {
      const { invite } = await down.invite();
      const response = await down.app.inject({
        method: 'POST',
        url: '/register',
        payload: `token=${invite.token}&user=frank&password=${encodeURIComponent(STRONG)}`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      expect(response.statusCode).toBe(503);
      expect(response.headers['retry-after']).toBe('60');
      expect(response.body).toContain('Please try again in a minute.');
      expect(response.body).not.toContain('connection refused');
      expect((await down.store.listUses(invite.id)).length).toBe(0);
    } finally {
      await down.close();
    }
  });
});

describe('the success page', () => {
  it('offers a web app its login link, with the address filled in', async () => {
    const web = await startPageApp({
      hostYaml: `    apps:
      - id: conversejs
        login_link: https://chat.example/converse/#jid={jid}
`,
    });
    try {
      const { invite } = await web.invite();
      const response = await web.app.inject({
        method: 'POST',
        url: '/register',
        payload: `token=${invite.token}&app_id=conversejs&user=kim&password=${encodeURIComponent(STRONG)}`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain(
        'href="https://chat.example/converse/#jid=kim%40chat.example" id="login-link"',
      );
    } finally {
      await web.close();
    }
  });

  it('sets the language and CSRF cookies side by side', async () => {
    const { invite } = await pages.invite();
    const response = await pages.app.inject({
      url: `/register?t=${invite.token}&lang=nl`,
    });
    const cookies = response.headers['set-cookie'];
    expect(cookies).toHaveLength(2);
    expect(String(cookies)).toContain('lang=nl');
    expect(String(cookies)).toContain('xi_csrf=');
    expect(response.body).toContain('Maak je account aan');
  });
});
