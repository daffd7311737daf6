import type { Client } from '@xmpp/client';

/**
 * Connects, opens the stream and waits until the client is signed in,
 * as `start()` of @xmpp/client 0.14 does; it rejects with the first
 * 'error' the client emits on the way.
 *
 * COMPAT: `start()` makes its promise for 'online' before it opens the
 * stream, and leaves it alone while it waits for the opening; an 'error'
 * in that window (a server resetting the connection after our stream
 * header, or sending bytes that are not XML) rejects that promise with
 * nobody listening, and Node ends the process on such a rejection. Here
 * the wait for 'online' is handled from the moment it exists. This can
 * go once the library's `start()` does the same.
 */
export async function startSession(
  xmpp: Client,
  service: string,
  domain: string,
): Promise<void> {
  let stopWaiting = () => {};
  const online = new Promise<void>((resolve, reject) => {
    const onOnline = () => resolve();
    const onError = (error: Error) => reject(error);
    stopWaiting = () => {
      xmpp.off('online', onOnline);
      xmpp.off('error', onError);
    };
    xmpp.on('online', onOnline);
    xmpp.on('error', onError);
  });
  online.catch(() => {});

  try {
    await xmpp.connect(service);
    await xmpp.open({ domain });
    await online;
  } finally {
    stopWaiting();
  }
}
