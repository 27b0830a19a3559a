import { useEffect, useRef, useState } from 'react';
import { useAppStore } from '../store/app-store';
import type { ChartOption, echarts } from './echarts';

type Library = typeof echarts;
let library: Library | null = null;
/**
 * The chart library (a large chunk) is loaded when a chart is first shown, not with the page that
 * holds it: a page opens on its grid, and a chart in a side panel or a tab does not delay it.
 */
const loadLibrary = (): Promise<Library> => import('./echarts').then((module) => (library = module.echarts));

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
  const [echartsLib, setEchartsLib] = useState<Library | null>(library);

  useEffect(() => {
    if (echartsLib) return;
    let mounted = true;
    void loadLibrary().then((loaded) => mounted && setEchartsLib(() => loaded));
    return () => {
      mounted = false;
    };
  }, [echartsLib]);

  useEffect(() => {
    const element = container.current;
    if (!element || !echartsLib) return;
    const instance = echartsLib.init(element, mode === 'dark' ? 'dark' : undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [mode, echartsLib]);

  useEffect(() => {
    chart.current?.setOption({ backgroundColor: 'transparent', ...option }, { notMerge: true });
  }, [option, mode, echartsLib]);

  return <div ref={container} role="img" aria-label={ariaLabel} style={{ height, width: '100%' }} />;
}
