/** Reads one field of a submitted form; undefined when it is missing. */
export type FieldReader = (name: string) => string | undefined;

/**
 * The fields of a submitted form. Only single text values count: a field
 * sent twice is treated as missing rather than guessed at.
 */
export function formFields(body: unknown): FieldReader {
  const fields =
    body && typeof body === 'object' && !Array.isArray(body)
      ? (body as Record<string, unknown>)
      : {};
  return (name: string): string | undefined => {
    const value = fields[name];
    return typeof value === 'string' ? value : undefined;
  };
}

/**
 * The password and its confirmation. Our forms always ask for both, so a
 * missing confirmation there is an empty one. A form written for Prosody
 * (no `csrf` field) may not ask: its confirmation stays undefined, which
 * the registration service takes as "not asked".
 */
export function passwordFields(field: FieldReader): {
  password: string;
  confirmation: string | undefined;
} {
  const ours = field('csrf') !== undefined;
  const confirmation = field('confirmation');
  return {
    password: field('password') ?? '',
    confirmation: ours ? (confirmation ?? '') : confirmation,
  };
}
