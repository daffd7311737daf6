import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  HOST,
  postInvite,
  startTwoInstances,
  type TwoInstances,
} from './two-instances.js';

// A key deleted through the command line is refused by both instances at
// once: neither keeps a copy of the keys it has seen.

let setup: TwoInstances;
beforeAll(async () => {
  setup = await startTwoInstances();
});
afterAll(async () => {
  await setup?.stop();
});

describe('two instances on one PostgreSQL, and a deleted key', () => {
  it('refuses a key on the other instance as soon as the CLI deletes it', async () => {
    const key = await setup.createKey();
    const [a, b] = setup.instances;
    expect((await postInvite(a, key)).status).toBe(201);
    expect((await postInvite(b, key)).status).toBe(201);

    const id = key.split('/')[0] ?? '';
    const deleted = await setup.cli('api-key', 'delete', HOST, id);
    expect(deleted.code).toBe(0);
    expect((await postInvite(b, key)).status).toBe(401);
    expect((await postInvite(a, key)).status).toBe(401);
  });
});
