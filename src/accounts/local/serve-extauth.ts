import type { Readable, Writable } from 'node:stream';
import type { Logger } from '../../logger.js';
import { answerExtauth, isExtauthCommand } from './answer-extauth.js';
import {
  ExtauthFrameReader,
  encodeExtauthAnswer,
  parseExtauthRequest,
} from './extauth-protocol.js';
import type { LocalBackend } from './local-backend.js';

export interface ExtauthSession {
  input: Readable;
  output: Writable;
  /** The hosts that use the `local` backend, by lower-case name. */
  backends: ReadonlyMap<string, LocalBackend>;
  logger: Pick<Logger, 'debug' | 'info' | 'warn' | 'error'>;
}

/**
 * Answers requests until the input ends. Every frame gets exactly one
 * answer, in order, even when it is malformed or the database fails:
 * the server waits for it, and a missing answer would stall sign-ins
 * until its time-out. Passwords are never logged.
 */
export async function serveExtauth(session: ExtauthSession): Promise<void> {
  const { input, output, logger } = session;
  const reader = new ExtauthFrameReader();

  for await (const chunk of input) {
    for (const frame of reader.push(chunk as Buffer)) {
      const yes = await answerFrame(frame, session);
      if (!output.write(encodeExtauthAnswer(yes))) {
        await new Promise((resolve) => output.once('drain', resolve));
      }
    }
  }

  if (reader.pendingBytes > 0) {
    logger.warn(
      { bytes: reader.pendingBytes },
      'extauth input ended inside a request',
    );
  }
}

async function answerFrame(
  frame: Buffer,
  session: ExtauthSession,
): Promise<boolean> {
  const { logger, backends } = session;
  const request = parseExtauthRequest(frame);
  if (!request) {
    logger.warn({ bytes: frame.length }, 'malformed extauth request');
    return false;
  }

  const { command, server: host } = request;
  if (!isExtauthCommand(command)) {
    logger.info({ command: command.slice(0, 32) }, 'unknown extauth command');
    return false;
  }
  if (!backends.has(host.toLowerCase())) {
    logger.info(
      { command, host: host.slice(0, 255) },
      'extauth host not local',
    );
    return false;
  }

  const started = performance.now();
  try {
    const yes = await answerExtauth(request, backends);
    const durationMs = Math.round(performance.now() - started);
    logger.debug({ command, host, yes, durationMs }, 'extauth answered');
    return yes;
  } catch (error) {
    logger.error({ err: error, command, host }, 'extauth request failed');
    return false;
  }
}
