import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PageApp, startPageApp } from '../../../test/web/page-app.js';

const OLD = 'an old password nobody guesses';
const NEW = 'a brand new password, long enough';

let pages: PageApp;
beforeAll(async () => {
  pages = await startPageApp();
  await pages.backend.createAccount('gina', OLD);
});
afterAll(() => pages.close());

describe('/reset', () => {
  it('sets the new password through the backend and says so', async () => {
    const { invite } = await pages.invite({ kind: 'reset', username: 'gina' });
    const form = await pages.openForm(`/reset?t=${invite.token}`);
    expect(form.response.statusCode).toBe(200);
    expect(form.response.body).toContain('Set a new password for');
    expect(form.response.body).toContain('gina@chat.example');

    const response = await pages.app.inject({
      method: 'POST',
      url: '/reset',
      payload: new URLSearchParams({
        token: invite.token,
        csrf: form.csrf,
        password: NEW,
        confirmation: NEW,
      }).toString(),
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        cookie: form.cookie,
      },
    });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('Your password is changed');
    expect(response.body).not.toContain(NEW);
    const local = pages.backend as unknown as {
      verifyPassword(l: string, p: string): Promise<boolean>;
    };
    expect(await local.verifyPassword('gina', NEW)).toBe(true);
    expect(await local.verifyPassword('gina', OLD)).toBe(false);

    const again = await pages.app.inject({ url: `/reset?t=${invite.token}` });
    expect(again.statusCode).toBe(410);
  });

  it('refuses a forged form and keeps the old password', async () => {
    const { invite } = await pages.invite({ kind: 'reset', username: 'gina' });
    const response = await pages.app.inject({
      method: 'POST',
      url: '/reset',
      payload: `token=${invite.token}&csrf=forged&password=x&confirmation=x`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.body).toContain('The form expired');
  });

  it('sends account invites to the registration form', async () => {
    const { invite } = await pages.invite();
    const response = await pages.app.inject({
      url: `/reset?t=${invite.token}`,
    });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe(`/register?t=${invite.token}`);
  });
});
