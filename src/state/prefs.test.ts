import { describe, expect, it } from 'vitest';
import { pickLang } from './prefs';

describe('starting language', () => {
  it('lets the URL win', () => {
    expect(pickLang('en', 'zh', ['zh-CN'])).toBe('en');
  });
  it('reads the URL value as the URL parsers do (any case, trimmed)', () => {
    expect(pickLang('EN', 'zh', ['zh-CN'])).toBe('en');
    expect(pickLang(' zh ', 'en', ['en'])).toBe('zh');
  });
  it('then the last choice, then the browser, else Chinese', () => {
    expect(pickLang(null, 'en', ['zh-CN'])).toBe('en');
    expect(pickLang(null, null, ['fr-FR', 'en-GB', 'zh'])).toBe('en');
    expect(pickLang(null, null, ['zh-TW'])).toBe('zh');
    expect(pickLang('xx', null, ['fr-FR', 'de'])).toBe('zh');
  });
});
