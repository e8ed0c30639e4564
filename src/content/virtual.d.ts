declare module 'virtual:content-manifest' {
  /** id and version of every content file in this build (made by scripts/content-plugin.ts). */
  const manifest: ReadonlyArray<{ id: string; version: number }>;
  export default manifest;
}

declare module 'virtual:pdf-fonts' {
  /** URLs of the PDF font's two styles, subset at build time (made by scripts/pdf-font-plugin.ts). */
  const fonts: { regular: string; bold: string };
  export default fonts;
}
