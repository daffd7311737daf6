import { expectAnswer, locationPath, type Target } from './http-probe.js';
import type { CaseName } from './side.js';

export interface InviteApi {
  label: string;
  port: number;
  host: string;
  /** Prosody 0.12 needs a query string here; see prosody-side.ts. */
  apiPath: string;
  apiKey: string;
  /** What a wrong secret gets: 403 from Prosody, 401 from us. */
  refusedStatus: number;
}

/**
 * Checks that a side answers each case as expected before it is loaded,
 * and returns the three requests to load it with: a created invite, the
 * page of that invite (which must show its token), a refused key.
 */
export async function verifyInviteCases(
  side: InviteApi,
): Promise<Record<CaseName, Target>> {
  const { label, port, host, apiKey } = side;
  const headers = { host };
  const create: Target = {
    port,
    path: side.apiPath,
    headers: { ...headers, authorization: `Bearer ${apiKey}` },
    expectedStatus: 201,
  };
  const created = await expectAnswer(`${label} create`, create);

  const page: Target = {
    port,
    path: locationPath(`${label} create`, created),
    headers,
    expectedStatus: 200,
  };
  const shown = await expectAnswer(`${label} page`, page);
  const token = page.path.slice(page.path.indexOf('?') + 1);
  if (!shown.body.includes(token)) {
    throw new Error(`${label} page: the page does not show the invite`);
  }

  const keyId = apiKey.split('/')[0] ?? '';
  const refused: Target = {
    ...create,
    headers: { ...headers, authorization: `Bearer ${keyId}/wrong-secret` },
    expectedStatus: side.refusedStatus,
  };
  await expectAnswer(`${label} refused key`, refused);
  return { create, page, refused };
}
