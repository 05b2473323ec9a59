/**
 * Runs searches as a reader types without a fixed pause: a query runs at once when no search is in
 * flight; while one is, only the newest query waits and runs when it ends (latest wins), so a fast
 * typist never queues a search per key and the last key's query always runs.
 */

/**
 * @param run the search; its promise settling (either way) frees the runner
 * @returns `submit(query)`: runs or queues `query`, replacing any query still waiting
 * @example const submit = latestWins(search); submit('c'); submit('ca'); submit('cam'); // runs 'c', then 'cam'
 */
export function latestWins<Q>(run: (query: Q) => Promise<unknown>): (query: Q) => void {
  let busy = false;
  let waiting: { query: Q } | undefined;
  const start = (query: Q) => {
    busy = true;
    void run(query)
      .catch(() => {})
      .finally(() => {
        busy = false;
        const next = waiting;
        waiting = undefined;
        if (next) start(next.query);
      });
  };
  return (query) => {
    if (busy) waiting = { query };
    else start(query);
  };
}
