import { describe, expect, it } from 'vitest';
import type { WatchFileError } from '../../../../shared/contract/schemas/watch';
import { getTranslator } from '../../../i18n/translate';
import { errorText } from './watch-text';

const refused: WatchFileError = {
  code: 'invalid_input',
  message: 'header.csv has a header row but no data rows: there is nothing to import',
  file: 'header.csv',
  row: 1,
  column: null,
  value: null,
  errors: 1,
  reason: 'file_header_only',
  params: { file: 'header.csv', row: 1 },
};

describe('a watched file refused as a whole', () => {
  it('is told in the user language from its reason, not in the English message', () => {
    expect(errorText(getTranslator('zh-CN'), refused)).toBe('header.csv 只有表头，没有数据行，没有可导入的内容。 请连同数据行重新导出，然后选择新文件。');
    expect(errorText(getTranslator('en'), refused)).toMatch(/^header\.csv has a header row but no data rows: there is nothing to import\. Export the data again/);
  });

  it('keeps the message of a ledger entry written before reasons', () => {
    const { reason: _reason, params: _params, ...old } = refused;
    expect(errorText(getTranslator('zh-CN'), { ...old, row: null })).toBe(refused.message);
  });
});
