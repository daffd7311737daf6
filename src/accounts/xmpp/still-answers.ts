import { type Client, xml } from '@xmpp/client';
import { askSession } from './admin-session.js';

/**
 * Whether a session still gets answers: a XEP-0199 ping to the server,
 * where any answer, even an error, will do. Never rejects.
 */
export async function stillAnswers(
  xmpp: Client,
  domain: string,
  timeoutMs: number,
): Promise<boolean> {
  const ping = xml(
    'iq',
    { type: 'get', to: domain },
    xml('ping', { xmlns: 'urn:xmpp:ping' }),
  );
  try {
    const reply = await askSession(xmpp, ping, timeoutMs);
    if (reply === 'unsent') return false;
    return reply.type === 'result' || reply.type === 'error';
  } catch {
    return false;
  }
}
