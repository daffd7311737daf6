/**
 * Runs tasks for the same account one after another, and tasks for
 * different accounts side by side.
 *
 * COMPAT: ejabberd 23.01's API breaks on concurrent `register` calls for
 * one name: most fail with 500 `internal_error`, and the auth cache then
 * holds a value that makes every later `check_account` for that name
 * fail the same way. Calls from one service instance never overlap for
 * one name, which avoids it; several instances can still collide.
 */
export function createPerAccountQueue() {
  const tails = new Map<string, Promise<unknown>>();

  return async function inTurn<T>(
    localpart: string,
    task: () => Promise<T>,
  ): Promise<T> {
    const previous = tails.get(localpart) ?? Promise.resolve();
    const current = previous.then(task, task);
    const tail = current.catch(() => {});
    tails.set(localpart, tail);
    try {
      return await current;
    } finally {
      if (tails.get(localpart) === tail) tails.delete(localpart);
    }
  };
}
