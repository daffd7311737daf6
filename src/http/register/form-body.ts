/**
 * The fields of a submitted form. Only single text values count: a field
 * sent twice is treated as missing rather than guessed at.
 */
export function formFields(body: unknown) {
  const fields =
    body && typeof body === 'object' && !Array.isArray(body)
      ? (body as Record<string, unknown>)
      : {};
  return (name: string): string | undefined => {
    const value = fields[name];
    return typeof value === 'string' ? value : undefined;
  };
}
