import { colorSchemeDark, colorSchemeLight, themeQuartz } from 'ag-grid-community';
import type { Settings } from '../../shared/contract/schemas/app';
import { PRIMARY_COLOR } from '../components/primary-color';

// Spreadsheet density: 28 px rows, 13 px text, the app's font and accent colour.
const base = themeQuartz.withParams({
  fontFamily: 'inherit',
  fontSize: 13,
  headerFontSize: 12,
  headerFontWeight: 600,
  rowHeight: 28,
  headerHeight: 32,
  spacing: 5,
  cellHorizontalPadding: 10,
  wrapperBorderRadius: 6,
  accentColor: PRIMARY_COLOR,
});

const light = base.withPart(colorSchemeLight).withParams({
  headerBackgroundColor: '#f7f8fa',
  oddRowBackgroundColor: '#fbfbfc',
});

const dark = base.withPart(colorSchemeDark).withParams({
  backgroundColor: '#17181c',
  headerBackgroundColor: '#1e2025',
  oddRowBackgroundColor: '#1a1b20',
  browserColorScheme: 'dark',
});

export function gridTheme(mode: Settings['theme']) {
  return mode === 'dark' ? dark : light;
}
