// Copies the pages' stylesheet and script from src/web/static/ into
// dist/web/static/, beside the compiled module that reads them at start-up
// (src/web/static/read-static-file.ts). Run by `npm run build` after tsc.
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const from = join(root, 'src', 'web', 'static');
const to = join(root, 'dist', 'web', 'static');

mkdirSync(to, { recursive: true });
for (const name of readdirSync(from)) {
  if (!/\.(css|js)$/.test(name)) continue;
  copyFileSync(join(from, name), join(to, name));
}
