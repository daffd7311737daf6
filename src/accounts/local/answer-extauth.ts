import { normalizeLocalpart } from '../../invites/localpart.js';
import type { ExtauthRequest } from './extauth-protocol.js';
import type { LocalBackend } from './local-backend.js';

/** The commands ejabberd's extauth sends; any other is answered no. */
const EXTAUTH_COMMANDS = [
  'auth',
  'isuser',
  'setpass',
  'tryregister',
  'removeuser',
  'removeuser3',
] as const;

type Command = (typeof EXTAUTH_COMMANDS)[number];

/**
 * Answers one extauth request from the accounts of the `local` backend.
 * A server that is not a host of this service using that backend gets
 * no for everything: the bridge never speaks for accounts it does not
 * keep.
 *
 * `tryregister` creates an account: ejabberd sends it for in-band
 * registration (XEP-0077, when mod_register's access rule allows it) and
 * for `ejabberdctl register`. Whether strangers may register is
 * ejabberd's access rule to decide, as with any other auth backend.
 */
export async function answerExtauth(
  request: ExtauthRequest,
  backends: ReadonlyMap<string, LocalBackend>,
): Promise<boolean> {
  const { command, password } = request;
  const backend = backends.get(request.server.toLowerCase());
  if (!backend || !isExtauthCommand(command)) return false;

  // ejabberd sends the nodeprepped user; PRECIS maps the few names where
  // the two differ onto the form the store keeps.
  const name = normalizeLocalpart(request.user);
  if (!name.ok) return false;
  const localpart = name.localpart;

  switch (command) {
    case 'isuser':
      return backend.exists(localpart);
    case 'removeuser':
      return (await backend.deleteAccount(localpart)).ok;
  }

  // The rest need a password; an empty one is never a valid credential.
  if (!password) return false;
  switch (command) {
    case 'auth':
      return backend.verifyPassword(localpart, password);
    case 'setpass':
      return (await backend.setPassword(localpart, password)).ok;
    case 'tryregister':
      return (await backend.createAccount(localpart, password)).ok;
    case 'removeuser3':
      // The old three-argument removal: only with the right password.
      if (!(await backend.verifyPassword(localpart, password))) return false;
      return (await backend.deleteAccount(localpart)).ok;
  }
}

export function isExtauthCommand(command: string): command is Command {
  return (EXTAUTH_COMMANDS as readonly string[]).includes(command);
}
