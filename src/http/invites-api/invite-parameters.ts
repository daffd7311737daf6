import { parseDuration } from '../../config/duration.js';

/** What a caller of `/invites_api` may ask for, once checked. */
export interface InviteParameters {
  key: string | undefined;
  redirect: boolean;
  expiresMs: number | undefined;
  username: string | undefined;
  uses: number;
  note: string | undefined;
}

export type ParameterResult =
  | { ok: true; value: InviteParameters }
  | { ok: false; reason: string };

const KNOWN = new Set([
  'key',
  'redirect',
  'expires',
  'username',
  'uses',
  'note',
]);
const MAX_USES = 10_000;
const MAX_NOTE = 500;

/**
 * Reads the parameters of one request, from the query string and the body
 * together. A parameter given twice is refused rather than guessed at: a
 * client that sends two `uses` has a bug we should tell it about.
 */
export function readInviteParameters(
  sources: Array<Record<string, unknown> | undefined>,
): ParameterResult {
  const merged = new Map<string, string>();
  for (const source of sources) {
    for (const [name, value] of Object.entries(source ?? {})) {
      if (!KNOWN.has(name))
        return fail(`unknown parameter "${safeName(name)}"`);
      // The query string parser makes a list of a repeated parameter; a
      // JSON body may carry numbers and booleans, read as their text.
      if (Array.isArray(value)) {
        return fail(`parameter "${name}" is given more than once`);
      }
      if (!['string', 'number', 'boolean'].includes(typeof value)) {
        return fail(`parameter "${name}" must be text, a number or true/false`);
      }
      if (merged.has(name))
        return fail(`parameter "${name}" is given more than once`);
      merged.set(name, String(value));
    }
  }

  const redirect = readRedirect(merged.get('redirect'));
  if (redirect === undefined)
    return fail('redirect must be true, false, 1, 0, yes or no');

  const expiresText = merged.get('expires');
  const expiresMs =
    expiresText === undefined ? undefined : parseDuration(expiresText);
  if (expiresText !== undefined && expiresMs === undefined) {
    return fail('expires must be a duration like 7d, 12h or 90m');
  }

  const usesText = merged.get('uses') ?? '1';
  const uses = /^\d{1,6}$/.test(usesText) ? Number(usesText) : Number.NaN;
  if (!(uses >= 1 && uses <= MAX_USES)) {
    return fail(`uses must be a whole number from 1 to ${MAX_USES}`);
  }

  const note = merged.get('note');
  if (note !== undefined && note.length > MAX_NOTE) {
    return fail(`note must be at most ${MAX_NOTE} characters`);
  }

  const username = merged.get('username');
  if (username !== undefined && username.length === 0) {
    return fail('username must not be empty');
  }

  return {
    ok: true,
    value: {
      key: merged.get('key'),
      redirect,
      expiresMs,
      username,
      uses,
      note,
    },
  };
}

/** The bare parameter (`?redirect`) counts as yes, as in a bookmark. */
function readRedirect(text: string | undefined): boolean | undefined {
  if (text === undefined) return false;
  const value = text.toLowerCase();
  if (['', 'true', '1', 'yes'].includes(value)) return true;
  if (['false', '0', 'no'].includes(value)) return false;
  return undefined;
}

/** Echoes a parameter name back only when it is short and plain. */
function safeName(name: string): string {
  return /^[\w.-]{1,32}$/.test(name) ? name : '…';
}

function fail(reason: string): ParameterResult {
  return { ok: false, reason };
}
