/**
 * JSON text to a value, with a syntax error reported by line and column (a CatalogProblem).
 * Its own module so that pages that only read well-formed files do not carry the error
 * reporter: the catalog loader (load.ts) imports it when JSON.parse fails.
 */
import type { Validated } from './validate';

/**
 * Where JSON text first goes wrong (a character offset), by a small recursive
 * descent: engines word their syntax errors differently and not all give a position.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else fail();
  };
  const string = () => {
    i++;
    while (i < text.length) {
      const c = text[i]!;
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\\') {
        i++;
        const e = text[i];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail();
          i += 5;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i++;
        else fail();
      } else if (c < ' ') fail();
      else i++;
    }
    fail();
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!m || !m[0]) fail();
    i += m![0].length;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail();
        string();
        ws();
        if (text[i] !== ':') fail();
        i++;
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') {
          i++;
          return;
        } else fail();
      }
    } else if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') {
          i++;
          return;
        } else fail();
      }
    } else if (c === '"') string();
    else if (c === 't') literal('true');
    else if (c === 'f') literal('false');
    else if (c === 'n') literal('null');
    else number();
  };
  try {
    value();
    ws();
    return i < text.length ? i : -1;
  } catch (at) {
    return typeof at === 'number' ? at : 0;
  }
}

/** Parses JSON text, reporting a syntax error with its line and column. */
export function parseJson(text: string, file: string): Validated<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (err) {
    const offset = jsonErrorOffset(text);
    const before = text.slice(0, Math.max(0, offset));
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    const near = text.slice(offset, offset + 20).replace(/\s+/g, ' ');
    const what = offset >= text.length ? 'the text ends too early' : `unexpected ${JSON.stringify(near)}`;
    return {
      ok: false,
      problems: [
        {
          file,
          path: '$',
          expected: 'well-formed JSON',
          found: offset >= 0 ? `a syntax error at line ${line}, column ${column}: ${what}` : `a syntax error (${err instanceof Error ? err.message : String(err)})`,
        },
      ],
    };
  }
}
