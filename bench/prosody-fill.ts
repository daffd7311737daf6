import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import Database from 'better-sqlite3';

/** What Prosody's mod_invites stores for one account invite. */
interface ProsodyInvite {
  jid: string;
  expires: number;
  uri: string;
  type: 'register';
  created_at: number;
  landing_page: string;
  allow_registration: true;
  token: string;
  additional_data: { source: string };
}

export interface ProsodyFill {
  host: string;
  /** The API key id, recorded as the invites' source. */
  keyId: string;
  /** Landing page URL without the token, like http://h:1/invites_page? */
  landingPrefix: string;
  count: number;
}

const BATCH = 10_000;

/**
 * Writes the one file that Prosody's default (internal) storage keeps all
 * host invites in, in the shape its datamanager writes: a Lua chunk that
 * returns a table keyed by token. Written directly, because creating a
 * million invites through Prosody would rewrite that file a million times.
 */
export async function fillProsodyFile(
  path: string,
  fill: ProsodyFill,
): Promise<void> {
  const out = createWriteStream(path);
  out.write('return {\n');
  for (let done = 0; done < fill.count; done += BATCH) {
    const size = Math.min(BATCH, fill.count - done);
    const chunk: string[] = [];
    for (let i = 0; i < size; i++) chunk.push(luaEntry(makeInvite(fill)));
    if (!out.write(chunk.join(''))) await once(out, 'drain');
  }
  out.end('};\n');
  await once(out, 'finish');
}

/**
 * Inserts rows the way Prosody's mod_storage_sql keeps a host-wide map
 * store: user '' and the value as JSON. The table must exist already
 * (prosodyctl creates it when it stores the API key).
 */
export function fillProsodySql(path: string, fill: ProsodyFill): void {
  const db = new Database(path);
  try {
    const insert = db.prepare(
      `INSERT INTO prosody (host, user, store, key, type, value)
       VALUES (?, '', 'invite_token', ?, 'json', ?)`,
    );
    db.transaction(() => {
      for (let i = 0; i < fill.count; i++) {
        const invite = makeInvite(fill);
        insert.run(fill.host, invite.token, JSON.stringify(invite));
      }
    })();
    // A store that has lived with this many invites has been checkpointed
    // long ago; a fresh WAL of the whole fill would instead slow the
    // server's start (it rebuilds the WAL index) and its first writes.
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}

function makeInvite(fill: ProsodyFill): ProsodyInvite {
  // Prosody's util.id.medium(): 18 random bytes, URL-safe base64.
  const token = randomBytes(18).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  return {
    jid: fill.host,
    expires: now + 7 * 86_400,
    uri: `xmpp:${fill.host}?register;preauth=${token}`,
    type: 'register',
    created_at: now,
    landing_page: `${fill.landingPrefix}${token}`,
    allow_registration: true,
    token,
    additional_data: { source: `api/token/${fill.keyId}` },
  };
}

function luaEntry(invite: ProsodyInvite): string {
  return (
    `\t[${luaString(invite.token)}] = {\n` +
    `\t\t["jid"] = ${luaString(invite.jid)};\n` +
    `\t\t["expires"] = ${invite.expires};\n` +
    `\t\t["uri"] = ${luaString(invite.uri)};\n` +
    `\t\t["type"] = "register";\n` +
    `\t\t["created_at"] = ${invite.created_at};\n` +
    `\t\t["landing_page"] = ${luaString(invite.landing_page)};\n` +
    `\t\t["allow_registration"] = true;\n` +
    `\t\t["token"] = ${luaString(invite.token)};\n` +
    `\t\t["additional_data"] = {\n` +
    `\t\t\t["source"] = ${luaString(invite.additional_data.source)};\n` +
    `\t\t};\n` +
    `\t};\n`
  );
}

/** Tokens, hosts and URLs here hold no quote nor backslash; JSON suits. */
function luaString(text: string): string {
  return JSON.stringify(text);
}
