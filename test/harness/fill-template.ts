import { readFileSync } from 'node:fs';

const FIXTURES = new URL('../fixtures/', import.meta.url);

/**
 * Reads a committed config from test/fixtures/ and replaces each
 * `{{NAME}}` with its value; a placeholder without a value is a bug.
 */
export function fillTemplate(
  fixture: string,
  values: Record<string, string>,
): string {
  const text = readFileSync(new URL(fixture, FIXTURES), 'utf8');
  return text.replace(/\{\{([A-Z_0-9]+)\}\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`${fixture}: no {{${name}}}`);
    return value;
  });
}
