// Builds the web app into web/dist (git-ignored), which the gateway serves at `/`.
import { defineConfig } from "vite";

export default defineConfig({
  // JSX for Preact through Vite's own transformer: no extra plugin.
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  resolve: {
    // gen/typescript sits outside web/: its imports resolve from web/node_modules.
    dedupe: ["@bufbuild/protobuf"],
  },
  server: { fs: { allow: [".."] } },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // Every asset a file with a hashed name: the CSP allows no inline data or scripts.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 600,
  },
  test: { include: ["src/**/*.test.ts"] },
});
