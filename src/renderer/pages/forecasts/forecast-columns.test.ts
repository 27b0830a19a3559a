import { describe, expect, it } from 'vitest';
import { FORECAST_DEFAULT_SORT } from '../../api/page-reads';
import { openingSort } from '../../grid/first-query';
import { getFormatters } from '../../i18n/format';
import { getTranslator } from '../../i18n/translate';
import { forecastColumns } from './forecast-columns';

describe('forecast columns', () => {
  it('open in the order the page asks its first rows in, ahead of its code', () => {
    expect(openingSort(forecastColumns(getTranslator('en'), getFormatters('en'), 'week'))).toEqual(FORECAST_DEFAULT_SORT);
  });
});
