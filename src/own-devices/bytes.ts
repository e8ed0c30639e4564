/**
 * The byte-level pieces of the own-device codes (invitation.ts, answer-code.ts):
 * base64url for the invitation link, base45 (RFC 9285) for the answer code,
 * whose characters all fit a QR code's compact alphanumeric mode, CRC-32 to
 * tell a damaged code from one made for another device, and a small reader
 * and writer. Plain TypeScript, no DOM.
 */

/** Bytes in their own ArrayBuffer, as WebCrypto takes them. */
export type Bytes = Uint8Array<ArrayBuffer>;

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export function toBase64Url(bytes: Bytes): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2;
    for (let c = 0; c < chars; c++) out += BASE64URL[(n >> (18 - 6 * c)) & 63];
  }
  return out;
}

/** Null when the text is not base64url (no padding). */
export function fromBase64Url(text: string): Bytes | null {
  if (text.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let at = 0;
  for (const char of text) {
    const digit = BASE64URL.indexOf(char);
    if (digit < 0) return null;
    value = (value << 6) | digit;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (value >> bits) & 0xff;
    }
  }
  // The unused low bits of the last character must be zero: one text, one meaning.
  if ((value & ((1 << bits) - 1)) !== 0) return null;
  return out;
}

const BASE45 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';

/** RFC 9285: two bytes in three characters, all of them QR alphanumeric. */
export function toBase45(bytes: Bytes): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 2) {
    if (i + 1 < bytes.length) {
      const n = bytes[i]! * 256 + bytes[i + 1]!;
      out += BASE45[n % 45]! + BASE45[Math.floor(n / 45) % 45]! + BASE45[Math.floor(n / 2025)]!;
    } else {
      const n = bytes[i]!;
      out += BASE45[n % 45]! + BASE45[Math.floor(n / 45)]!;
    }
  }
  return out;
}

/** Null when the text is not base45. */
export function fromBase45(text: string): Bytes | null {
  if (text.length % 3 === 1) return null;
  const out: number[] = [];
  for (let i = 0; i < text.length; i += 3) {
    const digits = [...text.slice(i, i + 3)].map((c) => BASE45.indexOf(c));
    if (digits.some((d) => d < 0)) return null;
    const n = digits.reduce((sum, d, k) => sum + d * 45 ** k, 0);
    if (digits.length === 3) {
      if (n > 0xffff) return null;
      out.push(n >> 8, n & 0xff);
    } else {
      if (n > 0xff) return null;
      out.push(n);
    }
  }
  return Uint8Array.from(out);
}

let crcTable: Uint32Array | undefined;
export function crc32(bytes: Bytes): number {
  crcTable ??= Uint32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  let crc = 0xffffffff;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** Appends bytes; the codes are a few hundred bytes at most. */
export class ByteWriter {
  #bytes: number[] = [];
  u8(n: number): this {
    this.#bytes.push(n & 0xff);
    return this;
  }
  u16(n: number): this {
    return this.u8(n >> 8).u8(n);
  }
  u32(n: number): this {
    return this.u16(n >>> 16).u16(n & 0xffff);
  }
  bytes(bytes: Bytes): this {
    for (const b of bytes) this.#bytes.push(b);
    return this;
  }
  /** A short text: its UTF-8 length in one byte, then the bytes. */
  text(text: string): this {
    const bytes = new TextEncoder().encode(text);
    if (bytes.length > 255) throw new RangeError('text longer than 255 bytes');
    return this.u8(bytes.length).bytes(bytes);
  }
  done(): Bytes {
    return Uint8Array.from(this.#bytes);
  }
}

/** Reads bytes in order; every read past the end throws, so a short code is caught once, by the caller. */
export class ByteReader {
  #at = 0;
  constructor(readonly bytes: Bytes) {}
  get left(): number {
    return this.bytes.length - this.#at;
  }
  u8(): number {
    if (this.#at >= this.bytes.length) throw new RangeError('past the end');
    return this.bytes[this.#at++]!;
  }
  u16(): number {
    return (this.u8() << 8) | this.u8();
  }
  u32(): number {
    return ((this.u16() << 16) >>> 0) + this.u16();
  }
  take(n: number): Bytes {
    if (this.#at + n > this.bytes.length) throw new RangeError('past the end');
    const out = this.bytes.slice(this.#at, this.#at + n);
    this.#at += n;
    return out;
  }
  text(): string {
    return new TextDecoder('utf-8', { fatal: true }).decode(this.take(this.u8()));
  }
}

/** The longest prefix of `text` whose UTF-8 is at most `max` bytes, cut between characters. */
export function fitUtf8(text: string, max: number): string {
  const encoder = new TextEncoder();
  if (encoder.encode(text).length <= max) return text;
  let out = '';
  let size = 0;
  for (const char of text) {
    const n = encoder.encode(char).length;
    if (size + n > max) break;
    out += char;
    size += n;
  }
  return out;
}
