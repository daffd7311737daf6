import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Errors } from './error-catalogue.js';

describe('the error catalogue', () => {
  it('never gives two errors one code', () => {
    const codes = Object.values(Errors).map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('is documented, code by code, in docs/errors.md', () => {
    // Rewrite it with: node scripts/write-errors-doc.mjs > docs/errors.md
    const rows = readFileSync('docs/errors.md', 'utf8')
      .split('\n')
      .map((line) =>
        line
          .split('|')
          .map((cell) => cell.trim())
          .join('|'),
      );
    for (const error of Object.values(Errors)) {
      const row = `|\`${error.code}\`|${error.status}|${error.message}|${error.fix}|`;
      expect(rows).toContain(row);
    }
  });
});
