import type { ErrorDefinition } from './error-catalogue.js';

/**
 * An error that reaches an operator or a client: it carries a stable code
 * from the catalogue, the HTTP status to answer with, and how to fix it.
 * The message must never contain a token, a key secret or a password.
 */
export class AppError extends Error {
  readonly code: string;
  readonly status: number;
  readonly fix: string;

  constructor(
    definition: ErrorDefinition,
    message?: string,
    options?: { cause?: unknown },
  ) {
    super(message ?? definition.message, options);
    this.name = 'AppError';
    this.code = definition.code;
    this.status = definition.status;
    this.fix = definition.fix;
  }
}
