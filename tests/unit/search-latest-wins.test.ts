import { describe, expect, it } from 'vitest';
import { latestWins } from '../../src/lib/search/latest-wins';

/** A search whose calls finish when the test says. */
function controlled() {
  const started: string[] = [];
  const finish: Array<(ok: boolean) => void> = [];
  const run = (q: string) =>
    new Promise<void>((resolve, reject) => {
      started.push(q);
      finish.push((ok) => (ok ? resolve() : reject(new Error('failed'))));
    });
  return { started, finish, run };
}
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('latestWins', () => {
  it('runs the first query at once, with no pause', () => {
    const s = controlled();
    latestWins(s.run)('c');
    expect(s.started).toEqual(['c']);
  });

  it('keeps only the newest query while one runs, and runs it when that one ends', async () => {
    const s = controlled();
    const submit = latestWins(s.run);
    submit('c');
    submit('ca');
    submit('cam');
    submit('camb');
    expect(s.started).toEqual(['c']);
    s.finish[0]!(true);
    await tick();
    expect(s.started).toEqual(['c', 'camb']);
    s.finish[1]!(true);
    await tick();
    submit('cambo');
    expect(s.started).toEqual(['c', 'camb', 'cambo']);
  });

  it('goes on after a search that fails', async () => {
    const s = controlled();
    const submit = latestWins(s.run);
    submit('a');
    submit('b');
    s.finish[0]!(false);
    await tick();
    expect(s.started).toEqual(['a', 'b']);
  });
});
