import { describe, expect, it } from 'vitest';
import type { PlanFlag, PlanReason } from '../../../shared/contract/schemas/plan-reason';
import { getFormatters } from '../../i18n/format';
import { getTranslator } from '../../i18n/translate';
import { flagLabel, planReasonLabel } from './plan-reason';

const reason: PlanReason = {
  policy: 'order_up_to', cls: 'AX', serviceLevel: 0.95, noSupplier: false, coverDays: 35, leadMeanDays: 28, leadSdDays: 6,
  leadSource: 'measured', reviewDays: 7, mean: 120, sd: 40, level: 186, safety: 66, shape: 'count', position: 3, onHand: 0,
  hasSnapshot: false, onOrder: 3, reorderAt: null, upTo: null, need: 183,
  rounding: [{ step: 'case_pack', from: 183, to: 200, term: 50, pack: null }],
  budget: null, container: null, edited: null, flags: [],
};

const flags: PlanFlag[] = [
  { kind: 'capped', max: 1000, waiting: 183.4 },
  { kind: 'termsConflict' },
  { kind: 'rolledForward', snapshotDate: '2026-06-23', sold: 12, received: 40 },
  { kind: 'overdue', lines: 1 },
  { kind: 'overdue', lines: 3 },
  { kind: 'lockedFrom', planId: 4 },
  { kind: 'noContainerData' },
];

const zh = { t: getTranslator('zh-CN'), format: getFormatters('zh-CN') };
const en = { t: getTranslator('en'), format: getFormatters('en') };

describe('plan reasons in the user language', () => {
  it('words a reason in Chinese with the glossary terms', () => {
    expect(planReasonLabel(zh.t, zh.format, reason)).toBe(
      '定期补至目标，AX，95%：需覆盖 35 天需求（交期 28 ± 6 天，实测；盘点周期 7 天）120 ± 40 → 目标水平 186（安全库存 66，计数分布）；' +
        '库存位置 3 = 现有库存 0（无库存快照，按 0 计） + 在途库存 3 → 需补 183；183 → 200：箱规 50',
    );
  });

  it('words the same reason in English as the export does', () => {
    expect(planReasonLabel(en.t, en.format, reason)).toBe(
      'Order-up-to, AX, 95%: demand 35 d (lead 28 ± 6 d measured + review 7 d) 120 ± 40 → level 186 (safety 66, count distribution); ' +
        'position 3 = on hand 0 (no stock snapshot: taken as 0) + on order 3 → need 183; 183 → 200: case pack 50',
    );
  });

  it('words a reorder point, a container cut, a budget cut, an edit and the flags in Chinese', () => {
    const text = planReasonLabel(zh.t, zh.format, {
      ...reason,
      policy: 'reorder_point', reviewDays: 0, hasSnapshot: true, reorderAt: 40.2, upTo: 260,
      rounding: [...reason.rounding, { step: 'container', from: 200, to: 100, term: 1, pack: 50 }],
      container: { from: 200, to: 100, maxContainers: 1, marginPerSpace: 812.5, basis: 'volume' },
      budget: { from: 100, to: 0, marginPerCash: 0.17, fillBefore: 0.985, fillAfter: 0.9 },
      edited: { from: 0, to: 50 },
      flags: [{ kind: 'lockedFrom', planId: 4 }],
    });
    expect(text).toContain('再订货点，AX，95%：需覆盖 35 天需求（交期 28 ± 6 天，实测）');
    expect(text).toContain('库存位置 3 = 现有库存 0 + 在途库存 3，再订货点 40.2，补至 260 → 需补 183');
    expect(text).toContain('200 → 100：每单最多 1 柜（按箱规 50 取整）');
    expect(text).toContain('装柜上限每单 1 柜：200 → 100，每 m³ 保护毛利 812.5');
    expect(text).toContain('采购预算：推迟（削减 100），每花 1 元保护毛利 0.17；预计满足率 98.5% → 90%');
    expect(text).toContain('计划员已修改：0 → 50');
    expect(text).toContain('已在计划 4 中锁定：沿用原订货量');
    expect(text).not.toMatch(/[A-Za-z]{4,}/);
  });

  it('fills every flag in both languages; zh-CN reads as Chinese; a stored sentence stays as it is', () => {
    for (const { t, format } of [en, zh]) {
      for (const flag of flags) expect(flagLabel(t, format, flag)).not.toMatch(/[{}]/);
    }
    for (const flag of flags) expect(flagLabel(zh.t, zh.format, flag)).toMatch(/[\u4e00-\u9fff]/);
    expect(flagLabel(zh.t, zh.format, flags[0]!)).toBe('受最大订货量 1,000 限制：183 件需等下一张采购单');
    expect(flagLabel(zh.t, zh.format, flags[4]!)).toBe('3 行采购单已逾期，按即将到货计');
    expect(flagLabel(zh.t, zh.format, { kind: 'text', text: 'locked in plan 2: quantity kept' })).toBe('locked in plan 2: quantity kept');
    expect(planReasonLabel(zh.t, zh.format, { ...reason, noSupplier: true })).toBe('定期补至目标，AX，95%：没有供应商条款，不订货');
  });
});
