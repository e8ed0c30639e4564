/**
 * "Scan svar med kameraet": the facilitator's camera reads participants' answer
 * codes one after another. It uses the browser's own BarcodeDetector where it
 * reads QR codes, else paulmillr's decoder (`qr/decode.js`: about 14.5 KB gzip,
 * 37 KB as built, and the encoder's chunk, whose tables it shares), loaded
 * only when scanning starts and precached, so scanning works offline.
 * A code just read is not read again while it is still in front of the camera.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { w } from './words';

interface Detector {
  detect(source: HTMLVideoElement): Promise<Array<{ rawValue: string }>>;
}

declare global {
  interface Window {
    BarcodeDetector?: { new (options: { formats: string[] }): Detector; getSupportedFormats(): Promise<string[]> };
  }
}

async function qrDetector(): Promise<Detector> {
  const native = window.BarcodeDetector;
  if (native && (await native.getSupportedFormats().catch((): string[] => [])).includes('qr_code')) return new native({ formats: ['qr_code'] });
  const { BarcodeDetector } = await import('qr/decode.js');
  return new BarcodeDetector({ formats: ['qr_code'] }) as unknown as Detector;
}

/** How long the same code is ignored after it was read (it is usually still in view). */
const SAME_CODE_MS = 5_000;

export function Scanner({ onCode, onClose }: { onCode: (text: string) => Promise<void>; onClose: () => void }) {
  const video = useRef<HTMLVideoElement>(null);
  const [state, setState] = useState<'starting' | 'scanning' | 'denied' | 'no-camera'>('starting');

  useEffect(() => {
    let live = true;
    let stream: MediaStream | undefined;
    let last = { text: '', at: 0 };
    const run = async () => {
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
      } catch (error) {
        if (live) setState(error instanceof DOMException && error.name === 'NotAllowedError' ? 'denied' : 'no-camera');
        return;
      }
      const element = video.current;
      if (!live || !element) return;
      element.srcObject = stream;
      await element.play().catch(() => undefined);
      setState('scanning');
      const detector = await qrDetector();
      while (live) {
        if (element.readyState >= 2) {
          const found = await detector.detect(element).catch(() => []);
          const text = found[0]?.rawValue;
          const now = Date.now();
          if (text && !(text === last.text && now - last.at < SAME_CODE_MS)) {
            last = { text, at: now };
            await onCode(text);
          } else if (text) last.at = now;
        }
        await new Promise((resolve) => setTimeout(resolve, 150));
      }
    };
    void run();
    return () => {
      live = false;
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, []);

  return (
    <div class="scanner">
      {state === 'denied' && (
        <p class="notice notice--error" role="alert">
          {w.ownDevices.cameraDenied}
        </p>
      )}
      {state === 'no-camera' && (
        <p class="notice notice--error" role="alert">
          {w.ownDevices.noCamera}
        </p>
      )}
      <video ref={video} class="scanner__video" muted playsInline aria-label={w.ownDevices.cameraLabel} hidden={state === 'denied' || state === 'no-camera'} />
      <p class="hint" role="status">
        {state === 'scanning' ? w.ownDevices.scanning : state === 'starting' ? w.ownDevices.cameraStarting : ''}
      </p>
      <button class="button" type="button" onClick={onClose}>
        {w.ownDevices.stopScanning}
      </button>
    </div>
  );
}
