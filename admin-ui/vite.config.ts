import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";

// The extension serves the built files from its jar at /realms/{realm}/runtime-access/console/, so every
// asset URL is relative and the output lands where the jar packs it (see pom.xml).
export default defineConfig({
  base: "./",
  plugins: [react()],
  build: {
    outDir: "target/classes/runtime-access-console",
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 2048,
  },
  test: {
    environment: "jsdom",
    globals: true,
    setupFiles: ["src/test/setup.ts"],
    css: false,
    // The build machine is shared with Keycloak, databases and other builds; a dialog test can wait seconds for a
    // core there. A real failure still fails, only later than Vitest's default of 5 s.
    testTimeout: 20_000,
  },
});
