// The service worker (lib/offline/service-worker.ts), bundled with its precache list by Serwist
// when `next build` prerenders this route: a static file in the standalone output, nothing built
// at run time. Served with Service-Worker-Allowed: / so it controls the whole app.
import { createSerwistRoute } from "@serwist/turbopack";

const serwist = createSerwistRoute({
  swSrc: "lib/offline/service-worker.ts",
  // esbuild is already a dependency (native binary); esbuild-wasm would be one more.
  useNativeEsbuild: true,
});

export const dynamic = "force-static";
export const dynamicParams = false;
export const revalidate = false;
export const generateStaticParams = serwist.generateStaticParams;
export const GET = serwist.GET;
