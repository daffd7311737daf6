import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import {
  decodeExtauthAnswer,
  encodeExtauthRequest,
} from '../../src/accounts/local/extauth-protocol.js';
import { PROGRAM } from '../support/service-process.js';

export interface ExtauthRun {
  code: number | null;
  /** One per answer frame; undefined where the bytes were malformed. */
  answers: (boolean | undefined)[];
  /** Bytes on stdout past the last whole answer (there should be none). */
  strayBytes: number;
  stderr: string;
}

/** Fails with the command that fixes it when the program is not built. */
export function requireBuiltProgram(): void {
  if (!existsSync(PROGRAM)) {
    throw new Error(`${PROGRAM} is missing: run "npm run build" first`);
  }
}

/**
 * Runs the built `xmpp-invites extauth` as a server would: writes the
 * requests, closes stdin, and collects the answers until it exits.
 */
export function runExtauth(
  configFile: string,
  requests: string[][],
): Promise<ExtauthRun> {
  requireBuiltProgram();
  const child = spawn(
    process.execPath,
    [PROGRAM, '--config', configFile, 'extauth'],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  const out: Buffer[] = [];
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  child.stdin.end(Buffer.concat(requests.map(encodeExtauthRequest)));

  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', (code) => {
      const bytes = Buffer.concat(out);
      const whole = bytes.length - (bytes.length % 4);
      const answers: (boolean | undefined)[] = [];
      for (let at = 0; at < whole; at += 4) {
        answers.push(decodeExtauthAnswer(bytes.subarray(at, at + 4)));
      }
      done({ code, answers, strayBytes: bytes.length - whole, stderr });
    });
  });
}
