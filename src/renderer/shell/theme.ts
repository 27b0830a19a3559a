import { theme as antdTheme, type ThemeConfig } from 'antd';
import type { Settings } from '../../shared/contract/schemas/app';
import { PRIMARY_COLOR } from '../components/primary-color';

/**
 * Dense but readable: 13 px text, 28 px controls, quiet surfaces. (antd's compact algorithm
 * would shrink menus and inputs to 10 px text, too small for all-day use.)
 */
export function antdThemeConfig(mode: Settings['theme']): ThemeConfig {
  const dark = mode === 'dark';
  return {
    algorithm: dark ? antdTheme.darkAlgorithm : antdTheme.defaultAlgorithm,
    token: {
      colorPrimary: PRIMARY_COLOR,
      fontSize: 13,
      controlHeight: 28,
      borderRadius: 6,
      colorBgLayout: dark ? '#101114' : '#f4f5f7',
      fontFamily:
        "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Helvetica Neue', Arial, sans-serif",
    },
    components: {
      Layout: {
        headerBg: dark ? '#17181c' : '#ffffff',
        siderBg: dark ? '#17181c' : '#ffffff',
        headerHeight: 48,
        headerPadding: '0 16px',
      },
      Menu: { itemHeight: 36, itemMarginInline: 8, itemBorderRadius: 6 },
      Card: { bodyPadding: 16 },
    },
  };
}
