import { spawn } from 'node:child_process';
import { runAs, type ServiceUser } from './service-user.js';

export interface RunOptions {
  user?: ServiceUser | undefined;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
  /** Words to blank out of the error message, such as passwords. */
  secrets?: string[];
}

/**
 * Runs a short command to its end and returns its output; a non-zero exit
 * or a time-out throws with the command line and what it printed.
 */
export function runCommand(
  command: string,
  args: string[],
  options: RunOptions = {},
): Promise<string> {
  const { timeoutMs = 60_000, secrets = [] } = options;
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: timeoutMs,
    ...runAs(options.user),
  });

  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });

  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => {
      if (code === 0) return resolve(output);
      const line = hide([command, ...args].join(' '), secrets);
      const why = signal ? `was killed by ${signal}` : `exited with ${code}`;
      reject(new Error(`${line} ${why}:\n${hide(output, secrets)}`));
    });
  });
}

function hide(text: string, secrets: string[]): string {
  return secrets
    .filter((secret) => secret.length > 0)
    .reduce((result, secret) => result.split(secret).join('***'), text);
}
