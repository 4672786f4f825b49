import { defineConfig } from "tsup";

export default defineConfig([
  {
    // The ESM entry for bundlers and Node (sigma stays an import; it is loaded lazily, in the browser only).
    entry: ["src/index.ts"],
    format: ["esm"],
    target: "node20",
    dts: true,
    sourcemap: true,
    clean: false,
    outDir: "dist",
  },
  {
    // One self-contained file for a plain <script type="module"> page (file:// too): every dependency
    // inlined, no bare imports, no code splitting, and the layout worker built from a Blob at run time.
    entry: { "verlicht-viewer": "src/browser.ts" },
    format: ["esm"],
    platform: "browser",
    target: "es2020",
    outDir: "dist/browser",
    noExternal: [/.*/],
    splitting: false,
    minify: true,
    sourcemap: false,
    dts: false,
    clean: false,
    env: { NODE_ENV: "production" },
  },
]);
