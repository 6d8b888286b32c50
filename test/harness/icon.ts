import * as fs from 'node:fs';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** The Marketplace asks for at least 128×128 pixels; vsce refuses a missing icon outright. */
const MIN_SIZE = 128;

/** Problems with the extension icon, empty when it is a PNG of at least 128×128. */
export function checkIcon(file: string): string[] {
  if (!fs.existsSync(file)) return [`${file} is missing: add the icon (media/icon.svg renders it) before packaging`];
  const png = fs.readFileSync(file);
  // The IHDR chunk comes first: width and height are big-endian at bytes 16 and 20.
  if (png.length < 24 || !png.subarray(0, 8).equals(PNG_SIGNATURE)) return [`${file} is not a PNG`];
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  return width >= MIN_SIZE && height >= MIN_SIZE ? [] : [`${file} is ${width}×${height}; use at least ${MIN_SIZE}×${MIN_SIZE}`];
}
