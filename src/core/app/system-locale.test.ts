import { describe, expect, it } from 'vitest';
import { localeFromTag } from './system-locale';

describe('system locale', () => {
  it('reads any Chinese as zh-CN and everything else as English', () => {
    expect(localeFromTag('zh-CN')).toBe('zh-CN');
    expect(localeFromTag('zh_CN.UTF-8')).toBe('zh-CN');
    expect(localeFromTag('zh-Hans-CN')).toBe('zh-CN');
    expect(localeFromTag('zh-TW')).toBe('zh-CN');
    expect(localeFromTag('en-US')).toBe('en');
    expect(localeFromTag('C.UTF-8')).toBe('en');
    expect(localeFromTag(undefined)).toBe('en');
  });
});
