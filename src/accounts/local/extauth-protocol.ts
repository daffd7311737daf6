/**
 * ejabberd's external authentication protocol, as ejabberd's extauth
 * module and Prosody's mod_auth_external (prosody-modules, "ejabberd"
 * protocol style) speak it to a program on its stdin and stdout.
 *
 * Each request is a frame: a 16-bit big-endian length, then that many
 * bytes of UTF-8 text `command:user:server[:password]`. Each answer is a
 * frame of length 2 holding a 16-bit big-endian 1 (yes) or 0 (no).
 * Requests come one at a time: the server waits for each answer.
 */

export interface ExtauthRequest {
  command: string;
  user: string;
  server: string;
  /** Absent for `isuser` and `removeuser`; may itself contain ':'. */
  password: string | undefined;
}

const HEADER_BYTES = 2;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Cuts a byte stream into frames. Bytes arrive in arbitrary chunks (a
 * pipe may split a frame anywhere, or carry several), so whatever is
 * left after the last whole frame waits for the next chunk.
 */
export class ExtauthFrameReader {
  private buffered: Buffer = Buffer.alloc(0);

  /** Takes a chunk and returns every frame it completes, in order. */
  push(chunk: Buffer): Buffer[] {
    let bytes =
      this.buffered.length === 0
        ? chunk
        : Buffer.concat([this.buffered, chunk]);
    const frames: Buffer[] = [];

    while (bytes.length >= HEADER_BYTES) {
      const length = bytes.readUInt16BE(0);
      const end = HEADER_BYTES + length;
      if (bytes.length < end) break;
      frames.push(bytes.subarray(HEADER_BYTES, end));
      bytes = bytes.subarray(end);
    }

    this.buffered = bytes;
    return frames;
  }

  /** Bytes of an unfinished frame; at end of input, a truncated one. */
  get pendingBytes(): number {
    return this.buffered.length;
  }
}

/**
 * Reads one frame's text. Only the first three colons split fields:
 * users and servers cannot hold a colon (RFC 7622 section 3.3.1 forbids
 * it in localparts), passwords can. Undefined for bytes that are not
 * UTF-8 or text with fewer than three fields.
 */
export function parseExtauthRequest(
  payload: Uint8Array,
): ExtauthRequest | undefined {
  let text: string;
  try {
    text = utf8.decode(payload);
  } catch {
    return undefined;
  }

  const first = text.indexOf(':');
  const second = first < 0 ? -1 : text.indexOf(':', first + 1);
  if (second < 0) return undefined;
  const third = text.indexOf(':', second + 1);

  return {
    command: text.slice(0, first),
    user: text.slice(first + 1, second),
    server: third < 0 ? text.slice(second + 1) : text.slice(second + 1, third),
    password: third < 0 ? undefined : text.slice(third + 1),
  };
}

/** The answer frame: length 2, then 1 for yes or 0 for no. */
export function encodeExtauthAnswer(yes: boolean): Buffer {
  const frame = Buffer.alloc(4);
  frame.writeUInt16BE(2, 0);
  frame.writeUInt16BE(yes ? 1 : 0, 2);
  return frame;
}

/**
 * A request frame, as the XMPP server writes it. Used by tests and by
 * anyone driving the bridge by hand; throws past the 16-bit length.
 */
export function encodeExtauthRequest(fields: readonly string[]): Buffer {
  const text = Buffer.from(fields.join(':'), 'utf8');
  if (text.length > 0xffff) throw new RangeError('extauth frame too long');
  const header = Buffer.alloc(HEADER_BYTES);
  header.writeUInt16BE(text.length, 0);
  return Buffer.concat([header, text]);
}

/** Reads an answer frame back, for tests; undefined if malformed. */
export function decodeExtauthAnswer(frame: Uint8Array): boolean | undefined {
  if (frame.length !== 4) return undefined;
  const view = Buffer.from(frame);
  if (view.readUInt16BE(0) !== 2) return undefined;
  const value = view.readUInt16BE(2);
  if (value > 1) return undefined;
  return value === 1;
}
