import { describe, expect, it } from 'vitest';
import { crashTrials } from './helpers/crash.js';

// `npm test` runs 50 trials; `npm run stress` runs 1,000 (STRESS_TRIALS) and prints the counts.
const TRIALS = Number(process.env.STRESS_TRIALS ?? 50);

describe('crash safety', () => {
  it(`SIGKILL at random moments: no corruption, no acknowledged check-in lost, none half-written (${TRIALS} trials)`, async () => {
    const r = await crashTrials(TRIALS, 400);
    console.log(`crash trials: ${JSON.stringify(r)}`);
    expect(r.corrupt).toBe(0);
    expect(r.lost).toBe(0);
    expect(r.halfWritten).toBe(0);
    // The trials must exercise both outcomes, or they prove nothing.
    expect(r.killed).toBeGreaterThan(0);
    expect(r.acknowledged).toBeGreaterThan(0);
  }, 3_600_000);
});
