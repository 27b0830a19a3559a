import { defineConfig } from 'vite';
import { rendererConfig } from './renderer.vite';

export default defineConfig(rendererConfig);
