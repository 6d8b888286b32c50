// Just enough of PNG to check a screenshot and compare two of them pixel by pixel (8-bit RGB or RGBA,
// not interlaced: what Chromium writes), so a re-run that changes nothing visible leaves the file alone.
import * as zlib from 'node:zlib';

export interface Pixels {
  readonly width: number;
  readonly height: number;
  readonly channels: number;
  readonly data: Buffer;
}

/** Width and height from the IHDR chunk, or undefined when this is not a PNG. */
export function pngSize(png: Buffer): { width: number; height: number } | undefined {
  if (png.length < 24 || png.toString('latin1', 1, 4) !== 'PNG') return undefined;
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** The unfiltered pixels, or undefined for a PNG this reader does not handle. */
export function pngPixels(png: Buffer): Pixels | undefined {
  const size = pngSize(png);
  if (!size || png.length < 33) return undefined;
  const [depth, type, , , interlace] = png.subarray(24, 29);
  const channels = type === 2 ? 3 : type === 6 ? 4 : 0;
  if (depth !== 8 || channels === 0 || interlace !== 0) return undefined;
  const idat: Buffer[] = [];
  for (let at = 8; at + 12 <= png.length; at += 12 + png.readUInt32BE(at)) {
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + png.readUInt32BE(at)));
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = size.width * channels;
  const data = Buffer.alloc(stride * size.height);
  for (let y = 0; y < size.height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = y * (stride + 1) + 1;
    const row = y * stride;
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? data[row + x - channels] : 0;
      const b = y > 0 ? data[row - stride + x] : 0;
      const c = x >= channels && y > 0 ? data[row - stride + x - channels] : 0;
      const predictor = filter === 1 ? a : filter === 2 ? b : filter === 3 ? (a + b) >> 1 : filter === 4 ? paeth(a, b, c) : 0;
      data[row + x] = (raw[line + x] + predictor) & 0xff;
    }
  }
  return { ...size, channels, data };
}

/** How many pixels differ, or Infinity when the images cannot be compared (size, format). */
export function differingPixels(a: Buffer, b: Buffer): number {
  const pa = pngPixels(a);
  const pb = pngPixels(b);
  if (!pa || !pb || pa.width !== pb.width || pa.height !== pb.height || pa.channels !== pb.channels) return Infinity;
  let count = 0;
  for (let i = 0; i < pa.data.length; i += pa.channels) {
    if (pa.data.compare(pb.data, i, i + pa.channels, i, i + pa.channels) !== 0) count++;
  }
  return count;
}
