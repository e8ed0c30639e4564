/**
 * P-256 public keys in their compressed form (33 bytes instead of 65): the
 * invitation link and the answer code each carry one, and every byte makes a
 * QR code denser. WebCrypto imports only the uncompressed form everywhere,
 * so the y coordinate is recomputed here from x and its parity:
 * y² = x³ − 3x + b (mod p), and as p ≡ 3 (mod 4), y = (y²)^((p+1)/4).
 * Public data only: nothing secret passes through this arithmetic.
 */
import type { Bytes } from './bytes';

const P = 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffffn;
const B = 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604bn;

function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n;
  let b = base % modulus;
  let e = exponent;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % modulus;
    b = (b * b) % modulus;
    e >>= 1n;
  }
  return result;
}

function toBigInt(bytes: Bytes): bigint {
  let n = 0n;
  for (const byte of bytes) n = (n << 8n) | BigInt(byte);
  return n;
}

function to32Bytes(n: bigint): Bytes {
  const out = new Uint8Array(32);
  let v = n;
  for (let i = 31; i >= 0; i--) {
    out[i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return out;
}

/** 65-byte uncompressed point (0x04 ‖ x ‖ y) → 33 bytes (0x02|0x03 ‖ x). */
export function compressPoint(raw: Bytes): Bytes {
  if (raw.length !== 65 || raw[0] !== 4) throw new RangeError('not an uncompressed P-256 point');
  const out = new Uint8Array(33);
  out[0] = 2 + (raw[64]! & 1);
  out.set(raw.subarray(1, 33), 1);
  return out;
}

/** 33-byte compressed point → 65 bytes; null when it is not a point on the curve. */
export function decompressPoint(compressed: Bytes): Bytes | null {
  if (compressed.length !== 33 || (compressed[0] !== 2 && compressed[0] !== 3)) return null;
  const x = toBigInt(compressed.subarray(1));
  if (x >= P) return null;
  const ySquared = (((x * x) % P) * x - 3n * x + B) % P;
  const rhs = (ySquared + P) % P;
  let y = modPow(rhs, (P + 1n) / 4n, P);
  if ((y * y) % P !== rhs) return null;
  if (Number(y & 1n) !== compressed[0] - 2) y = P - y;
  const out = new Uint8Array(65);
  out[0] = 4;
  out.set(compressed.subarray(1), 1);
  out.set(to32Bytes(y), 33);
  return out;
}
