/**
 * Runs tasks for the same account one after another, and tasks for
 * different accounts side by side.
 *
 * ejabberd 23.01's API breaks on concurrent `register` calls for one
 * name: most fail with 500 `internal_error`, and the auth cache then
 * holds a value that makes every later `check_account` for that name
 * fail the same way. Calls from one service instance never overlap for
 * one name, which avoids it.
 *
 * FIXME: several service instances in front of one ejabberd can still
 * send `register` for one name at the same moment, and then hit that
 * bug: this queue only sees its own instance's calls. This stays a bug
 * until the instances take a per-name lock in their shared database
 * before calling ejabberd, or an ejabberd that registers concurrently
 * without the fault is the oldest one supported.
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
