// Writes docs/errors.md from the error catalogue: npm run build, then
// node scripts/write-errors-doc.mjs > docs/errors.md
import { Errors } from '../dist/errors/error-catalogue.js';

let out = `# Error codes\n\nEvery error that reaches a client or an operator has a stable code. A code\nis never reused for another meaning. API clients get\n\`{"error": CODE, "message": TEXT}\`; browsers get a page with the same facts.\n\n| code | HTTP status | message | how to fix it |\n| --- | --- | --- | --- |\n`;
for (const e of Object.values(Errors))
  out += `| \`${e.code}\` | ${e.status} | ${e.message} | ${e.fix} |\n`;
process.stdout.write(out);
