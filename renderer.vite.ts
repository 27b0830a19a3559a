import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { UserConfig } from 'vite';

/**
 * Vendor code in its own chunks: they download in parallel with the app code and stay cached
 * when only the app changes. ECharts is reached only through lazy-loaded pages, so its chunk
 * is fetched when a chart is first shown, not at start-up.
 */
const vendorChunks = [
  // What the start-up chunk needs (the store and the API contract), kept small.
  { name: 'vendor-core', test: /[\\/]node_modules[\\/](react|zustand|zod|use-sync-external-store)[\\/]/, priority: 50 },
  { name: 'vendor-react-dom', test: /[\\/]node_modules[\\/](react-dom|scheduler)[\\/]/, priority: 40 },
  { name: 'vendor-ag-grid', test: /[\\/]node_modules[\\/]ag-grid-(community|react)[\\/]/, priority: 30 },
  { name: 'vendor-echarts', test: /[\\/]node_modules[\\/](echarts|zrender)[\\/]/, priority: 30 },
  { name: 'vendor', test: /[\\/]node_modules[\\/]/, priority: 10 },
];

/** The renderer build, shared by the Electron build and the browser mode. */
export const rendererConfig: UserConfig = {
  root: resolve(__dirname, 'src/renderer'),
  base: './',
  plugins: [react()],
  build: {
    outDir: resolve(__dirname, 'out/renderer'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: vendorChunks },
      },
    },
  },
};
