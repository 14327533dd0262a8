import type { z } from 'zod/mini';

/** One thing wrong with one catalog file, precise enough to fix without guessing. */
export interface CatalogProblem {
  /** Path of the file relative to the site root, e.g. "scenes/quzhou/sets/courtroom.json". */
  file: string;
  /** JSON path inside the file, e.g. "$.dimensions.width" ("$" is the whole file). */
  path: string;
  /** What the schema expected there. */
  expected: string;
  /** What the file holds there (shortened). */
  found: string;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; problems: CatalogProblem[] };

export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/** A short, safe description of a JSON value for an error message (never markup: it is rendered as text). */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'object') {
    const keys = Object.keys(value as object);
    return keys.length ? `an object with ${keys.slice(0, 4).join(', ')}${keys.length > 4 ? ', …' : ''}` : 'an empty object';
  }
  if (typeof value === 'string') {
    const short = value.length > 60 ? `${value.slice(0, 57)}…` : value;
    return `${JSON.stringify(short)} (text${value.length > 60 ? ` of ${value.length} characters` : ''})`;
  }
  return `${String(value)} (${typeof value})`;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = root;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key as string];
  }
  return cur;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
  null: 'null',
};

function expectedFrom(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return TYPE_NAMES[issue.expected] ?? issue.expected;
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? 'non-empty text' : `text of at least ${min} characters`;
      if (issue.origin === 'array') return `at least ${min} item${min === 1 ? '' : 's'}`;
      return issue.inclusive ? `a number ≥ ${min}` : `a number > ${min}`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return `text of at most ${max} characters`;
      if (issue.origin === 'array') return `at most ${max} items`;
      return issue.inclusive ? `a number ≤ ${max}` : `a number < ${max}`;
    }
    case 'invalid_value':
      return `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_format':
      return issue.message && !issue.message.startsWith('Invalid') ? issue.message : `a valid ${issue.format}`;
    case 'unrecognized_keys':
      return `no field named ${issue.keys.map((k) => JSON.stringify(k)).join(', ')} (check the spelling)`;
    case 'invalid_union':
      return 'one of the allowed forms';
    default:
      return issue.message;
  }
}

/** Validates parsed JSON against a schema, turning every issue into a CatalogProblem. */
export function validate<S extends z.ZodMiniType>(schema: S, raw: unknown, file: string): Validated<z.infer<S>> {
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, value: result.data };
  const problems = result.error.issues.map((issue): CatalogProblem => {
    if (issue.code === 'unrecognized_keys') {
      return {
        file,
        path: jsonPath(issue.path),
        expected: expectedFrom(issue),
        found: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`,
      };
    }
    return { file, path: jsonPath(issue.path), expected: expectedFrom(issue), found: describeValue(valueAt(raw, issue.path)) };
  });
  return { ok: false, problems };
}

export function formatProblem(p: CatalogProblem): string {
  return `${p.file} ${p.path}: expected ${p.expected}, found ${p.found}`;
}
