import { client } from '@xmpp/client';

export interface Account {
  host: string;
  c2sPort: number;
  localpart: string;
  password: string;
}

/**
 * Signs in over c2s on 127.0.0.1 as a client would (SASL PLAIN: the test
 * servers have no TLS) and says whether the server let us in. Anything
 * but a SASL refusal is a broken test setup and throws.
 */
export async function canSignIn(account: Account): Promise<boolean> {
  const { host, c2sPort, localpart, password } = account;
  const xmpp = client({
    service: `xmpp://127.0.0.1:${c2sPort}`,
    domain: host,
    credentials: (authenticate) =>
      authenticate({ username: localpart, password }, 'PLAIN'),
  });
  xmpp.reconnect.stop();
  xmpp.on('error', () => {});

  try {
    await xmpp.start();
  } catch (error) {
    xmpp.socket?.destroy();
    if (error instanceof Error && error.name === 'SASLError') return false;
    throw error;
  }
  await xmpp.stop();
  return true;
}
