import { onTestFinished } from 'vitest';

/**
 * Collects, while the current test runs, what would end a Node process
 * on its own: an exception nothing caught, or a rejection nobody
 * handled. Vitest keeps its worker alive through both and only reports
 * them after the run; this makes the test itself fail.
 */
export function watchForCrashes(): unknown[] {
  const crashes: unknown[] = [];
  const record = (error: unknown) => crashes.push(error);
  process.on('uncaughtException', record);
  process.on('unhandledRejection', record);
  onTestFinished(() => {
    process.off('uncaughtException', record);
    process.off('unhandledRejection', record);
  });
  return crashes;
}
