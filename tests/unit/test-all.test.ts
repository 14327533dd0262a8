import { describe, expect, it } from 'vitest';
import { colourEnv, countPlaywright, countVitest, summaryLine } from '../tools/test-all';

describe('countVitest', () => {
  it('reads passed, failed, and pending plus todo as skipped', () => {
    const c = countVitest({ numPassedTests: 10, numFailedTests: 2, numPendingTests: 1, numTodoTests: 2, testResults: [] }, 1);
    expect(c).toMatchObject({ passed: 10, failed: 2, skipped: 3 });
    expect(c.notes).toEqual([]);
  });

  it('counts a test file that failed to load as a failure', () => {
    const c = countVitest(
      {
        numPassedTests: 3,
        numFailedTests: 0,
        testResults: [
          { name: '/x/a.test.ts', status: 'passed', assertionResults: [{ status: 'passed' }] },
          { name: '/x/b.test.ts', status: 'failed', message: 'SyntaxError: bad\nstack', assertionResults: [] },
        ],
      },
      1,
    );
    expect(c.failed).toBe(1);
    expect(c.notes[0]).toMatch(/b\.test\.ts failed to run: SyntaxError: bad$/);
  });

  it('does not count a file twice when its tests failed', () => {
    const c = countVitest(
      { numPassedTests: 0, numFailedTests: 2, testResults: [{ status: 'failed', assertionResults: [{ status: 'failed' }, { status: 'failed' }] }] },
      1,
    );
    expect(c.failed).toBe(2);
  });

  it('turns a non-zero exit with no failed test into one failure', () => {
    const c = countVitest({ numPassedTests: 5, numFailedTests: 0, testResults: [] }, 1);
    expect(c.failed).toBe(1);
    expect(c.notes[0]).toMatch(/exited with code 1/);
  });
});

describe('countPlaywright', () => {
  it('counts flaky tests as passed, and notes them', () => {
    const c = countPlaywright({ stats: { expected: 4, unexpected: 1, flaky: 1, skipped: 2 } }, 1);
    expect(c).toMatchObject({ passed: 5, failed: 1, skipped: 2 });
    expect(c.notes.join()).toMatch(/1 end-to-end test passed only on retry/);
  });

  it('reports a run that errored before any test as a failure', () => {
    const c = countPlaywright({ stats: { expected: 0, unexpected: 0, flaky: 0, skipped: 0 }, errors: [{ message: 'Error: No tests found\nmore' }] }, 1);
    expect(c.failed).toBe(1);
    expect(c.notes).toContain('Playwright: Error: No tests found');
  });
});

describe('summaryLine', () => {
  const c = (passed: number, failed: number, skipped: number) => ({ passed, failed, skipped, notes: [] });

  it('adds up both runners in the exact closing-line form', () => {
    expect(summaryLine([c(30, 0, 0), c(11, 2, 0)])).toBe('Tests: 41 passed, 2 failed');
  });

  it('mentions skipped tests only when there are some', () => {
    expect(summaryLine([c(3, 0, 1), c(0, 0, 2)])).toBe('Tests: 3 passed, 0 failed, 3 skipped');
    expect(summaryLine([])).toBe('Tests: 0 passed, 0 failed');
  });

  it('matches the plain "N passed, N failed" line CI reads', () => {
    expect(summaryLine([c(1, 2, 3)])).toMatch(/^\w+: \d+ passed, \d+ failed(, \d+ skipped)?$/);
  });
});

describe('colourEnv', () => {
  it('turns colour off for children when the output is not a terminal', () => {
    expect(colourEnv({ TERM: 'xterm' }, false)).toEqual({ TERM: 'xterm', NO_COLOR: '1' });
  });
  it('leaves a terminal, an explicit FORCE_COLOR or NO_COLOR alone', () => {
    expect(colourEnv({ TERM: 'xterm' }, true)).toEqual({ TERM: 'xterm' });
    expect(colourEnv({ FORCE_COLOR: '1' }, false)).toEqual({ FORCE_COLOR: '1' });
    expect(colourEnv({ NO_COLOR: '' }, false)).toEqual({ NO_COLOR: '' });
  });
});
