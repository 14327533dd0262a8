import { afterEach, describe, expect, it, vi } from 'vitest';
import { readStorage, writeStorage } from './storage';

afterEach(() => vi.unstubAllGlobals());

describe('storage', () => {
  it('reads back what it wrote', () => {
    const map = new Map<string, string>();
    vi.stubGlobal('localStorage', { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) });
    expect(readStorage('k')).toBeNull();
    expect(writeStorage('k', 'v')).toBe(true);
    expect(readStorage('k')).toBe('v');
  });

  it('never throws when storage is blocked or full', () => {
    const fail = () => {
      throw new Error('SecurityError');
    };
    vi.stubGlobal('localStorage', { getItem: fail, setItem: fail });
    expect(readStorage('k')).toBeNull();
    expect(writeStorage('k', 'v')).toBe(false);
  });
});
