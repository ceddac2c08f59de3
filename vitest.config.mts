import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Compiles runes in `.svelte.ts` state classes, so they are tested against real handlers.
  plugins: [svelte({ compilerOptions: { runes: true } })],
  test: {
    include: ['src-shared/**/*.test.ts', 'src-main/**/*.test.ts', 'src-renderer/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20000,
    // Dates are local calendar dates end to end: the unit tests run in a zone where a Date-based
    // slip shows (UTC+13:45 in December, +12:45 in winter, a daylight-saving change in April and
    // September), not in the UTC of CI machines, where "local" and UTC dates agree.
    env: { TZ: 'Pacific/Chatham' },
  },
});
