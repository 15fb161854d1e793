import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Paths are relative to this file so the build works from any working directory.
const here = import.meta.dirname;

export default defineConfig({
  root: here,
  // Relative asset URLs: the same build loads from Electron's file/custom protocol and from the HTTP host.
  base: './',
  plugins: [react()],
  build: {
    outDir: `${here}/dist`,
    emptyOutDir: true,
    target: 'es2022',
    // React DOM and zod alone are about 450 kB minified; Recharts goes into its own chunk
    // (the plan builder's results load it lazily), so the main chunk stays near this limit.
    chunkSizeWarningLimit: 600,
  },
});
