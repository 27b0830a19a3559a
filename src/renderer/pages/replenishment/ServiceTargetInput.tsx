import { InputNumber } from 'antd';

/** A cycle-service target typed as a percentage (50–99.9 %) and held as a fraction (0.5–0.999). */
export function ServiceTargetInput(props: {
  value: number | null;
  onChange: (fraction: number | null) => void;
  ariaLabel: string;
  placeholder?: string;
  disabled?: boolean;
  width?: number;
}) {
  return (
    <InputNumber<number>
      size="small"
      min={50}
      max={99.9}
      step={0.5}
      precision={1}
      suffix="%"
      disabled={props.disabled}
      placeholder={props.placeholder}
      aria-label={props.ariaLabel}
      value={props.value === null ? null : Math.round(props.value * 1000) / 10}
      onChange={(percent) => props.onChange(percent === null ? null : percent / 100)}
      style={{ width: props.width }}
    />
  );
}
