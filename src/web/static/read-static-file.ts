import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Reads a file of this folder, such as `style.css`, once at start-up. The
 * file sits beside this module both in `src/` (the tests run there) and in
 * `dist/`, where `npm run build` copies it (`scripts/copy-assets.mjs`).
 * A missing file is a broken build, so it stops the start with the fix.
 */
export function readStaticFile(name: string): string {
  const path = fileURLToPath(new URL(name, import.meta.url));
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(
      `${path} is missing: run npm run build, which copies src/web/static/*.css and *.js into dist/web/static/`,
      { cause: error },
    );
  }
}
