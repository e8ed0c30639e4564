/**
 * A QR code drawn as one SVG path, with a text alternative. The encoder
 * (paulmillr's `qr`, 0 dependencies, about 6 KB gzip) is loaded on first use
 * and precached, so codes show offline too.
 */
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';

type Matrix = boolean[][];

/** The modules of `text` as a QR code (error correction M: a phone reads it from across a room, or a screen at arm's length). */
export async function qrMatrix(text: string): Promise<Matrix> {
  const { default: encodeQR } = await import('qr');
  return encodeQR(text, 'raw', { ecc: 'medium', border: 4 });
}

/** The SVG path of the dark modules, one unit per module. */
export function qrPath(matrix: Matrix): string {
  let d = '';
  matrix.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) d += `M${x} ${y}h1v1h-1z`;
    }),
  );
  return d;
}

/** QR version (1–40) of a code of this many modules a side, without its quiet zone. */
export function qrVersion(matrix: Matrix, border = 4): number {
  return (matrix.length - 2 * border - 17) / 4;
}

/** `onDrawn` is called once the code is on screen (the encoder loads first), e.g. to scroll it into view. */
export function QrCode({ text, label, class: className, onDrawn }: { text: string; label: string; class?: string; onDrawn?: () => void }) {
  const [matrix, setMatrix] = useState<Matrix | null>(null);
  useLayoutEffect(() => {
    if (matrix) onDrawn?.();
  }, [matrix]);
  useEffect(() => {
    let live = true;
    setMatrix(null);
    void qrMatrix(text).then((m) => live && setMatrix(m));
    return () => {
      live = false;
    };
  }, [text]);
  if (!matrix) return <div class={`qr ${className ?? ''}`} aria-busy="true" />;
  const size = matrix.length;
  return (
    <svg class={`qr ${className ?? ''}`} viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} data-qr-version={qrVersion(matrix)} shape-rendering="crispEdges">
      <rect width={size} height={size} fill="#fff" />
      <path d={qrPath(matrix)} fill="#000" />
    </svg>
  );
}
