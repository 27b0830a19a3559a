import { describe, expect, it } from 'vitest';
import { afterSuccess, isWriting, writes } from './types';

describe('handlers marked as writing', () => {
  it('are followed by the change notice after success only: at once when synchronous, on resolve when async', async () => {
    const changed: string[] = [];
    const sync = afterSuccess((input) => {
      changed.push(`ran ${String(input)}`);
      return 1;
    }, () => changed.push('changed'));
    expect(sync('a')).toBe(1);
    expect(changed).toEqual(['ran a', 'changed']);

    const failing = afterSuccess(() => {
      throw new Error('no');
    }, () => changed.push('changed'));
    expect(() => failing(null)).toThrow('no');
    expect(changed).toEqual(['ran a', 'changed']);

    const async = afterSuccess(async () => 2, () => changed.push('changed later'));
    const pending = async(null);
    expect(changed).toHaveLength(2);
    await expect(pending).resolves.toBe(2);
    expect(changed.at(-1)).toBe('changed later');

    const rejected = afterSuccess(() => Promise.reject(new Error('later no')), () => changed.push('wrong'));
    await expect(rejected(null)).rejects.toThrow('later no');
    expect(changed).not.toContain('wrong');
  });

  it('are marked once, by `writes`', () => {
    const reader = () => 1;
    const writer = writes(() => 1);
    expect(isWriting(writer)).toBe(true);
    expect(isWriting(reader)).toBe(false);
  });
});
