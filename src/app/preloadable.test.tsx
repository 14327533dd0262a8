// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { Suspense, useEffect, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { preloadable } from './preloadable';

afterEach(cleanup);

let mounts = 0;
function Page({ label }: { label: string }) {
  useEffect(() => {
    mounts++;
  }, []);
  return <p data-testid="page">{label}</p>;
}
const module = { default: Page };

describe('preloadable route components', () => {
  it('render at once, without the fallback, when the module arrived before the first render', async () => {
    const Route = preloadable(() => Promise.resolve(module), true);
    await act(async () => {}); // the early request settles, as the chunk does during the catalog load
    render(
      <Suspense fallback={<p data-testid="fallback" />}>
        <Route label="ready" />
      </Suspense>,
    );
    expect(screen.getByTestId('page').textContent).toBe('ready');
    expect(screen.queryByTestId('fallback')).toBeNull();
  });

  it('suspend like React.lazy when the module is not here yet, then keep the same component (no remount)', async () => {
    mounts = 0;
    let resolve!: (m: typeof module) => void;
    const Route = preloadable(() => new Promise<typeof module>((r) => (resolve = r)), false);
    let rerender!: (label: string) => void;
    function Host() {
      const [label, setLabel] = useState('first');
      rerender = setLabel;
      return (
        <Suspense fallback={<p data-testid="fallback" />}>
          <Route label={label} />
        </Suspense>
      );
    }
    render(<Host />);
    expect(screen.getByTestId('fallback')).toBeTruthy();
    await act(async () => resolve(module));
    expect((await screen.findByTestId('page')).textContent).toBe('first');
    await act(async () => rerender('second'));
    expect(screen.getByTestId('page').textContent).toBe('second');
    expect(mounts).toBe(1);
  });
});
