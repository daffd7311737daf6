import { describe, expect, it } from 'vitest';
import {
  decodeExtauthAnswer,
  ExtauthFrameReader,
  encodeExtauthAnswer,
  encodeExtauthRequest,
  parseExtauthRequest,
} from './extauth-protocol.js';

function frame(text: string): Buffer {
  return encodeExtauthRequest([text]);
}

function parse(text: string) {
  return parseExtauthRequest(Buffer.from(text, 'utf8'));
}

describe('ExtauthFrameReader', () => {
  it('returns every whole frame of a chunk, in order', () => {
    const reader = new ExtauthFrameReader();
    const chunk = Buffer.concat([frame('isuser:a:b'), frame('auth:a:b:pw')]);
    const frames = reader.push(chunk).map((f) => f.toString());
    expect(frames).toEqual(['isuser:a:b', 'auth:a:b:pw']);
    expect(reader.pendingBytes).toBe(0);
  });

  it('puts a frame back together from single bytes', () => {
    const reader = new ExtauthFrameReader();
    const bytes = frame('auth:zoë:example.com:pässwörd');
    const frames: Buffer[] = [];
    for (const byte of bytes) frames.push(...reader.push(Buffer.from([byte])));
    expect(frames.map((f) => f.toString('utf8'))).toEqual([
      'auth:zoë:example.com:pässwörd',
    ]);
  });

  it('keeps a truncated frame pending rather than guessing', () => {
    const reader = new ExtauthFrameReader();
    const bytes = frame('auth:alice:example.com:secret');
    expect(reader.push(bytes.subarray(0, 10))).toEqual([]);
    expect(reader.pendingBytes).toBe(10);
    expect(reader.push(bytes.subarray(10, 11))).toEqual([]);
    expect(reader.pendingBytes).toBe(11);
  });

  it('waits for the second byte of the length', () => {
    const reader = new ExtauthFrameReader();
    const bytes = frame('isuser:a:b');
    expect(reader.push(bytes.subarray(0, 1))).toEqual([]);
    const rest = reader.push(bytes.subarray(1));
    expect(rest.map((f) => f.toString())).toEqual(['isuser:a:b']);
  });

  it('reads an empty frame as an empty request', () => {
    const reader = new ExtauthFrameReader();
    const frames = reader.push(Buffer.from([0, 0, 0, 3, 0x61]));
    expect(frames).toHaveLength(1);
    expect(frames[0]?.length).toBe(0);
    expect(reader.pendingBytes).toBe(3);
  });

  it('reads a length above 255 as big-endian', () => {
    const password = 'x'.repeat(300);
    const bytes = frame(`auth:a:b:${password}`);
    expect(bytes.readUInt16BE(0)).toBe(309);
    const [only] = new ExtauthFrameReader().push(bytes);
    expect(parseExtauthRequest(only as Buffer)?.password).toBe(password);
  });
});

describe('parseExtauthRequest', () => {
  it('splits command, user, server and password', () => {
    expect(parse('auth:alice:example.com:secret')).toEqual({
      command: 'auth',
      user: 'alice',
      server: 'example.com',
      password: 'secret',
    });
  });

  it('leaves colons in the password alone', () => {
    expect(parse('setpass:bob:example.com:a:b::c:')?.password).toBe('a:b::c:');
    expect(parse('auth:bob:example.com::')?.password).toBe(':');
  });

  it('has no password for isuser and removeuser', () => {
    expect(parse('isuser:bob:example.com')).toEqual({
      command: 'isuser',
      user: 'bob',
      server: 'example.com',
      password: undefined,
    });
  });

  it('tells an empty password from none', () => {
    expect(parse('auth:bob:example.com:')?.password).toBe('');
  });

  it('decodes non-ASCII text as UTF-8', () => {
    expect(parse('auth:ζωή:παράδειγμα.gr:пароль🔑')).toEqual({
      command: 'auth',
      user: 'ζωή',
      server: 'παράδειγμα.gr',
      password: 'пароль🔑',
    });
  });

  it('refuses bytes that are not UTF-8', () => {
    const bytes = Buffer.concat([
      Buffer.from('auth:alice:example.com:'),
      Buffer.from([0xc3, 0x28]),
    ]);
    expect(parseExtauthRequest(bytes)).toBeUndefined();
  });

  it('refuses text with fewer than three fields', () => {
    expect(parse('')).toBeUndefined();
    expect(parse('auth')).toBeUndefined();
    expect(parse('auth:alice')).toBeUndefined();
  });
});

describe('answers', () => {
  it('are length 2 then a 16-bit 1 or 0', () => {
    expect([...encodeExtauthAnswer(true)]).toEqual([0, 2, 0, 1]);
    expect([...encodeExtauthAnswer(false)]).toEqual([0, 2, 0, 0]);
  });

  it('read back, and anything else is malformed', () => {
    expect(decodeExtauthAnswer(encodeExtauthAnswer(true))).toBe(true);
    expect(decodeExtauthAnswer(encodeExtauthAnswer(false))).toBe(false);
    expect(decodeExtauthAnswer(Buffer.from([0, 2, 0, 2]))).toBeUndefined();
    expect(decodeExtauthAnswer(Buffer.from([0, 1, 0, 1]))).toBeUndefined();
    expect(decodeExtauthAnswer(Buffer.from([0, 2, 0]))).toBeUndefined();
  });
});

describe('encodeExtauthRequest', () => {
  it('joins fields with colons behind a byte length', () => {
    const bytes = encodeExtauthRequest(['auth', 'zoë', 'example.com', 'p:w']);
    expect(bytes.readUInt16BE(0)).toBe(bytes.length - 2);
    expect(bytes.subarray(2).toString('utf8')).toBe('auth:zoë:example.com:p:w');
  });

  it('refuses text that a 16-bit length cannot carry', () => {
    expect(() => encodeExtauthRequest(['a'.repeat(0x10000)])).toThrow(
      RangeError,
    );
    expect(encodeExtauthRequest(['a'.repeat(0xffff)]).length).toBe(0x10001);
  });
});
