import type { Client } from '@xmpp/client';

/** What a session ends with when the server's bytes cannot be parsed. */
class MalformedXmlError extends Error {
  override name = 'MalformedXmlError';
}

/**
 * Makes XML the server gets wrong end the session, never the process, so
 * that a `server:` setting pointing at something other than an XMPP
 * server, or a hostile server, costs a reconnect and nothing more.
 *
 * COMPAT: @xmpp/client 0.14 parses inside the socket's 'data' listener,
 * and some malformed input throws out of it, which Node turns into an
 * uncaught exception:
 * - a closing tag before any opening one (`</bad>` as the first bytes) is
 *   a TypeError in @xmpp/xml's Parser;
 * - an unknown entity (`&bogus;`) throws in ltx;
 * - a second parse error in one chunk is emitted on a Parser the
 *   connection no longer listens to, and Node throws such an 'error';
 * - bytes after the parser was let go (after a parse error, or after the
 *   server's `</stream:stream>`) meet a null parser.
 * Other parse errors are emitted as an `XMLError`, after which the
 * library closes the stream politely and waits for a server that may not
 * cooperate.
 *
 * Both end here the same way: the socket is destroyed at once, so the
 * session ends with 'disconnect' like any lost connection, and a thrown
 * error is emitted as 'error', which fails a sign-in under way. This can
 * go once @xmpp/xml stops throwing from its parser.
 *
 * Call before the session starts: the library binds `_onData` when it attaches its
 * first socket, and keeps that binding for STARTTLS's socket too.
 */
export function dropOnMalformedXml(xmpp: Client): void {
  const onData = xmpp._onData.bind(xmpp);
  xmpp._onData = (data) => {
    try {
      onData(data);
    } catch (error) {
      xmpp.socket?.destroy();
      const message = error instanceof Error ? error.message : String(error);
      xmpp.emit('error', new MalformedXmlError(message));
    }
  };

  xmpp.on('error', (error) => {
    if (error.name === 'XMLError') xmpp.socket?.destroy();
  });
}

/** Names a parse failure as one, for the operator's log. */
export function isMalformedXml(error: Error): boolean {
  return error.name === 'XMLError' || error instanceof MalformedXmlError;
}
