import { pino } from 'pino';

/**
 * JSON lines on stdout. Redaction is a second line of defence: code never
 * logs secrets on purpose, and these paths catch the obvious accidents.
 */
export function createLogger(level: string) {
  return pino({
    level,
    base: { service: 'xmpp-invites' },
    redact: {
      paths: [
        'password',
        '*.password',
        'token',
        '*.token',
        'key',
        '*.key',
        'secret',
        '*.secret',
        'headers.authorization',
        '*.headers.authorization',
        'url',
        '*.url',
      ],
      censor: '[hidden]',
    },
  });
}

export type Logger = ReturnType<typeof createLogger>;
