import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXPORT_COLUMNS, EXPORT_FORMAT, EXPORT_MINOR_VERSION, EXPORT_VERSION } from './format';

const schema = JSON.parse(fs.readFileSync(new URL('../../../../docs/plan-export.schema.json', import.meta.url), 'utf8')) as {
  properties: { format: { const: string }; version: { const: number }; minor_version: { type: string }; locale: { enum: string[] } };
  $defs: { line: { required: string[]; properties: Record<string, unknown> } };
};

describe('export format and its JSON Schema', () => {
  it('agree on the format, version and line fields', () => {
    expect(schema.properties.format.const).toBe(EXPORT_FORMAT);
    expect(schema.properties.version.const).toBe(EXPORT_VERSION);
    expect(schema.properties.minor_version.type).toBe('integer');
    expect(EXPORT_MINOR_VERSION).toBe(4);
    expect(schema.properties.locale.enum).toEqual(['en', 'zh-CN']);
    expect(schema.$defs.line.required).toEqual(EXPORT_COLUMNS.map((c) => c.name));
    expect(Object.keys(schema.$defs.line.properties)).toEqual(EXPORT_COLUMNS.map((c) => c.name));
  });

  it('starts with the columns the platform requires, in order', () => {
    const names = EXPORT_COLUMNS.map((c) => c.name as string);
    const required = ['plan_id', 'sku', 'location', 'supplier', 'quantity', 'unit_cost', 'moq', 'order_multiple', 'order_date', 'expected_arrival', 'reason'];
    expect(required.every((c) => names.includes(c))).toBe(true);
    expect(required.map((c) => names.indexOf(c))).toEqual([...required.map((c) => names.indexOf(c))].sort((a, b) => a - b));
  });
});
