import { describe, expect, it } from 'vitest';
import { PLAN_DEFAULT_SORT } from '../../api/page-reads';
import { openingSort } from '../../grid/first-query';
import { getFormatters } from '../../i18n/format';
import { getTranslator } from '../../i18n/translate';
import { planColumns } from './plan-columns';

describe('plan columns', () => {
  it('open in the order the page asks its first lines in, ahead of its code', () => {
    expect(openingSort(planColumns(getTranslator('en'), getFormatters('en')))).toEqual(PLAN_DEFAULT_SORT);
  });
});
