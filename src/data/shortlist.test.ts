import { describe, expect, it } from 'vitest';
import { parseShortlist } from './shortlist';

describe('stored shortlist', () => {
  it('reads a good list', () => {
    expect(parseShortlist('["courtroom","subway-platform"]')).toEqual({ ids: ['courtroom', 'subway-platform'], dropped: 0 });
  });
  it('keeps what it can from a damaged list and counts the rest', () => {
    expect(parseShortlist('["courtroom", 3, "<b>", "courtroom", "mansion"]')).toEqual({ ids: ['courtroom', 'mansion'], dropped: 3 });
  });
  it('drops unreadable storage without throwing', () => {
    expect(parseShortlist('{not json')).toEqual({ ids: [], dropped: 1 });
    expect(parseShortlist('{"a":1}')).toEqual({ ids: [], dropped: 1 });
    expect(parseShortlist(null)).toEqual({ ids: [], dropped: 0 });
  });
});
