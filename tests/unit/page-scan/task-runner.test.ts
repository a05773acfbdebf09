import { describe, expect, it, vi } from 'vitest';
import { createTaskRunner } from '@/utils/page-scan/task-runner';

describe('task runner', () => {
  it('works in short slices instead of one long task', async () => {
    let clock = 0;
    const slices: number[] = [];
    const runner = createTaskRunner({
      budgetMs: 8,
      now: () => (clock += 1), // every clock read costs 1 ms
      defer: (cb) => {
        slices.push(clock);
        setTimeout(cb, 0);
      },
    });
    const done = vi.fn(() => false);
    document.body.innerHTML = Array.from({ length: 2000 }, (_, i) => `<p>row ${i}</p>`).join('');
    let ticks = 0;
    runner.add(() => ++ticks < 50);
    runner.add(done);
    await runner.idle();
    expect(ticks).toBe(50);
    expect(done).toHaveBeenCalledOnce();
    expect(slices.length).toBeGreaterThan(5);
  });
});
