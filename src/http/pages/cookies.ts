/** The cookies of a request, by name; malformed pairs are skipped. */
export function readCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const pair of (header ?? '').split(';')) {
    const eq = pair.indexOf('=');
    if (eq <= 0) continue;
    const name = pair.slice(0, eq).trim();
    const value = pair
      .slice(eq + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1');
    if (!cookies.has(name)) cookies.set(name, value);
  }
  return cookies;
}

export interface CookieOptions {
  path: string;
  /** Seconds; a session cookie without it. */
  maxAge?: number;
  httpOnly: boolean;
  secure: boolean;
}

/**
 * A `Set-Cookie` value (RFC 6265). Values here are our own URL-safe
 * strings, so no encoding is needed; anything else is a bug.
 */
export function serializeCookie(
  name: string,
  value: string,
  options: CookieOptions,
): string {
  if (!/^[A-Za-z0-9_-]+$/.test(value)) {
    throw new Error(`cookie ${name} has a value that needs encoding`);
  }
  const parts = [`${name}=${value}`, `Path=${options.path}`, 'SameSite=Lax'];
  if (options.maxAge !== undefined) parts.push(`Max-Age=${options.maxAge}`);
  if (options.httpOnly) parts.push('HttpOnly');
  if (options.secure) parts.push('Secure');
  return parts.join('; ');
}
