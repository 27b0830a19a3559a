import { Input } from 'antd';
import { useT } from '../../i18n/hooks';

interface Props {
  value: string;
  onChange(reason: string): void;
  /** Enter saves the override. */
  onSubmit(): void;
  size?: 'small';
  autoFocus?: boolean;
}

/** The reason every forecast override needs, in the side panel's form and in the grid's prompt alike. */
export function ReasonInput({ value, onChange, onSubmit, size, autoFocus }: Props) {
  const t = useT();
  return (
    <Input
      autoFocus={autoFocus}
      size={size}
      aria-label={t('forecasts.override.reason')}
      placeholder={t('forecasts.override.reasonPlaceholder')}
      value={value}
      maxLength={200}
      onChange={(event) => onChange(event.target.value)}
      onPressEnter={onSubmit}
    />
  );
}
