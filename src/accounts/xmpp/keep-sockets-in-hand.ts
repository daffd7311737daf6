import type { Client } from '@xmpp/client';

type Socket = NonNullable<Client['socket']>;

/**
 * Makes sure no socket of the session outlives it unwatched.
 *
 * COMPAT: when a socket does not close in time after the stream ended
 * (a server that sent a stream error, or got our `</stream:stream>`,
 * and keeps the connection half open), @xmpp/client 0.14 lets go of it
 * without destroying it and takes its 'error' listener with it: a reset
 * arriving later is an 'error' nobody listens to, and Node ends the
 * process. So every socket the client attaches (the TCP one, then the
 * TLS one after STARTTLS) keeps a listener of ours, and all are
 * destroyed when the session ends. This can go once the library
 * destroys what it lets go of.
 */
export function keepSocketsInHand(xmpp: Client): void {
  const sockets = new Set<Socket>();
  const ignore = () => {};

  // The library changes its status right after each socket it attaches.
  xmpp.on('status', () => {
    const { socket } = xmpp;
    if (!socket || sockets.has(socket)) return;
    sockets.add(socket);
    socket.on('error', ignore);
  });

  xmpp.on('disconnect', () => {
    for (const socket of sockets) socket.destroy();
    sockets.clear();
  });
}
