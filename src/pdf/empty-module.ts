/**
 * Stands in for jsPDF's optional helpers (html2canvas, dompurify, canvg) via
 * resolve.alias in vite.config.ts: we draw with primitives and never call
 * doc.html() or addSvgAsImage(), so they must not be built or precached.
 */
export default {};
