import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PathPolicy } from './path-policy';

describe('security: workspace paths from the renderer', () => {
  const folder = path.resolve('/data/supplydesk/workspaces');
  const recent = [path.resolve('/home/lin/plans/shop.supplydesk')];
  const policy = new PathPolicy(folder, () => recent);

  it('allows the workspaces folder, recent files and dialog choices', () => {
    expect(policy.check(path.join(folder, 'a.supplydesk'))).toBe(path.join(folder, 'a.supplydesk'));
    expect(policy.check(recent[0]!)).toBe(recent[0]);
    const chosen = path.resolve('/media/usb/brand.supplydesk');
    expect(() => policy.check(chosen)).toThrow(/file dialog/);
    policy.allow(chosen);
    expect(policy.check(chosen)).toBe(chosen);
  });

  it('refuses everything else, including escapes through ..', () => {
    for (const attempt of [
      path.join(folder, '..', 'settings.json'),
      path.join(folder, '..', 'workspaces-evil', 'x.supplydesk'),
      '/etc/passwd',
      folder,
    ]) {
      expect(() => policy.check(attempt), attempt).toThrow(expect.objectContaining({ code: 'invalid_input' }));
    }
  });
});
