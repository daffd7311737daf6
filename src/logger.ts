import { type DestinationStream, type LoggerOptions, pino } from 'pino';

/**
 * JSON lines on stdout, or on `destination` (`xmpp-invites extauth` logs
 * to stderr, since its stdout carries the protocol). Redaction is a
 * second line of defence: code never logs secrets on purpose, and these
 * paths catch the obvious accidents.
 */
export function createLogger(level: string, destination?: DestinationStream) {
  const options: LoggerOptions = {
    level,
    base: { service: 'xmpp-invites' },
    redact: {
      // Exact paths only: wildcards cost a scan of every object logged.
      paths: [
        'password',
        'token',
        'key',
        'secret',
        'url',
        'headers.authorization',
      ],
      censor: '[hidden]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

export type Logger = ReturnType<typeof createLogger>;
