/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config, so tests can use the Container API and `astro:*` modules like pages do.
export default getViteConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['e2e/**', 'node_modules/**'],
    // Script tests spawn Node and read files: on a loaded 2-core machine one can take longer than the 5 s default.
    testTimeout: 30_000,
  },
});
