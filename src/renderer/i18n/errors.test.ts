import { describe, expect, it } from 'vitest';
import { importFileErrorReasons } from '../../shared/contract/errors';
import { importMessagesEn, importMessagesZhCN } from './domains/import';
import { describeError, errorSentence } from './errors';
import { getTranslator } from './translate';

describe('errors in the user language', () => {
  it('has words in English and Chinese for every reason an import refuses a whole file', () => {
    const en: Record<string, string> = importMessagesEn;
    const zh: Record<string, string> = importMessagesZhCN;
    for (const reason of importFileErrorReasons) {
      for (const key of [`error.${reason}`, `error.${reason}.next`]) {
        expect(en[key], `${key} (en)`).toBeTruthy();
        expect(zh[key], `${key} (zh-CN)`).toBeTruthy();
        expect(zh[key], `${key} (zh-CN)`).not.toBe(en[key]);
      }
    }
  });

  it('words a refused file from its reason and details, not from the English message', () => {
    const error = {
      code: 'invalid_input' as const,
      message: 'empty.csv is empty (0 bytes): there is nothing to import. Export the data again and choose the new file',
      details: { file: 'empty.csv', row: 0, reason: 'file_empty' },
    };
    expect(errorSentence(describeError(getTranslator('zh-CN'), error))).toBe('empty.csv 是空文件（0 字节），没有可导入的内容。 请重新导出数据，然后选择新文件。');
    expect(describeError(getTranslator('en'), error)).toEqual({
      message: 'empty.csv is empty (0 bytes): there is nothing to import.',
      next: 'Export the data again and choose the new file.',
    });
    const missing = { code: 'invalid_input' as const, message: 'x.csv has no column for …', details: { file: 'x.csv', missing: ['sku', 'units'], reason: 'mapping_missing_fields' } };
    expect(describeError(getTranslator('zh-CN'), missing).message).toBe('x.csv 中没有 sku, units 对应的列。');
  });

  it('falls back to the message for an invalid input without a known reason', () => {
    const error = { code: 'invalid_input' as const, message: 'The delimiter must be one character', details: { reason: 'something_new' } };
    expect(describeError(getTranslator('zh-CN'), error).message).toBe('The delimiter must be one character');
  });
});
