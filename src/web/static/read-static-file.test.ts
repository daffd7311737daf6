import { describe, expect, it } from 'vitest';
import { readStaticFile } from './read-static-file.js';

describe('readStaticFile', () => {
  it('reads a file beside the module', () => {
    expect(readStaticFile('style.css')).toContain('--accent: #1d5fbf;');
    expect(readStaticFile('invite.js')).toContain('button[data-copy]');
  });

  it('stops with the command that builds the missing file', () => {
    expect(() => readStaticFile('nowhere.css')).toThrow(
      /nowhere\.css is missing: run npm run build/,
    );
  });
});
