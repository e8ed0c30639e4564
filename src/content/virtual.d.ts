declare module 'virtual:content-manifest' {
  /** id and version of every content file in this build (made by scripts/content-plugin.ts). */
  const manifest: ReadonlyArray<{ id: string; version: number }>;
  export default manifest;
}
