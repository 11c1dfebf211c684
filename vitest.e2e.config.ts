// End-to-end tests: real browsers with the built extension (npm run test:e2e builds first). One file
// at a time (each launches a browser), generous timeouts for a cold browser start on a slow machine.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
