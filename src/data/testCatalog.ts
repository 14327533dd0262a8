/**
 * Reads the real catalog from disk for tests, and builds variations of it: the
 * schema and loader are tested against the files the site ships.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TextFetcher } from './load';

const ROOT = resolve(import.meta.dirname, '../..');

export function readRepoFile(path: string): string {
  return readFileSync(resolve(ROOT, path), 'utf8');
}

/** A fetcher over the repository's files, with some files replaced (text) or removed (null). */
export function repoFetcher(overrides: Record<string, string | null> = {}): TextFetcher {
  return async (path) => {
    if (path in overrides) {
      const text = overrides[path];
      return text === null || text === undefined ? { ok: false, status: 404, text: '' } : { ok: true, status: 200, text };
    }
    try {
      return { ok: true, status: 200, text: readRepoFile(path) };
    } catch {
      return { ok: false, status: 404, text: '' };
    }
  };
}

/** A copy of a repository JSON file with `edit` applied. */
export function editedJson(path: string, edit: (json: Record<string, unknown>) => void): string {
  const json = JSON.parse(readRepoFile(path)) as Record<string, unknown>;
  edit(json);
  return JSON.stringify(json);
}
