import { useEffect, useRef } from 'react';
import { useAppStore } from '../store/app-store';
import { echarts, type ChartOption } from './echarts';

interface Props {
  option: ChartOption;
  height: number;
  ariaLabel: string;
}

/** A chart that follows the app theme and its container's width. */
export function EChart({ option, height, ariaLabel }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const mode = useAppStore((state) => state.settings.theme);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance = echarts.init(element, mode === 'dark' ? 'dark' : undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [mode]);

  useEffect(() => {
    chart.current?.setOption({ backgroundColor: 'transparent', ...option }, { notMerge: true });
  }, [option, mode]);

  return <div ref={container} role="img" aria-label={ariaLabel} style={{ height, width: '100%' }} />;
}
