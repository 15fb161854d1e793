import { createInflateRaw } from 'node:zlib';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const END_RECORD_SIZE = 22;
const MAX_COMMENT = 0xffff;

function endOfDirectory(view: DataView, bytes: Uint8Array): number {
  const lowest = Math.max(0, bytes.length - END_RECORD_SIZE - MAX_COMMENT);
  for (let i = bytes.length - END_RECORD_SIZE; i >= lowest; i--) {
    if (view.getUint32(i, true) === END_OF_DIRECTORY) return i;
  }
  return -1;
}

/**
 * The unpacked size a zip (an .xlsx) declares in its central directory, read before
 * anything is inflated, so a small file that unpacks to gigabytes is refused up front.
 * Returns null when there is no readable directory, and Infinity for Zip64 (sizes
 * beyond 4 GB, never needed by a register of cooperatives), which the caller refuses.
 */
export function declaredUnpackedSize(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = endOfDirectory(view, bytes);
  if (end < 0) return null;
  const entries = view.getUint16(end + 10, true);
  const offset = view.getUint32(end + 16, true);
  if (entries === 0xffff || offset === 0xffffffff) return Number.POSITIVE_INFINITY;
  let at = offset;
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) return null;
    const size = view.getUint32(at + 24, true);
    if (size === 0xffffffff) return Number.POSITIVE_INFINITY;
    total += size;
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return total;
}

const DEFLATE = 8;
const LOCAL_HEADER = 0x04034b50;

/** Inflates `data`, keeping nothing; resolves to the bytes it gave, stopping once past `max`. */
function inflatedLength(data: Uint8Array, max: number): Promise<number> {
  return new Promise((resolve) => {
    const inflate = createInflateRaw({ chunkSize: 1024 * 1024 });
    let total = 0;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      inflate.destroy();
      resolve(total);
    };
    inflate.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > max) finish();
    });
    inflate.on('end', finish);
    // A broken stream is the workbook reader's to report; what it gave so far still counts.
    inflate.on('error', finish);
    inflate.end(data);
  });
}

/**
 * Whether the deflated entries really unpack to at most `max` bytes in all. The central
 * directory's sizes are the file's own claim: a zip that declares a few kB and inflates
 * to gigabytes would otherwise be unpacked whole into memory by the workbook reader
 * before it notices the mismatch. Counts without keeping the output, and stops at `max`.
 */
export async function unpacksWithin(bytes: Uint8Array, max: number): Promise<boolean> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = endOfDirectory(view, bytes);
  if (end < 0) return true;
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) return true;
    const method = view.getUint16(at + 10, true);
    const compressed = view.getUint32(at + 20, true);
    const local = view.getUint32(at + 42, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (method !== DEFLATE) continue;
    if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL_HEADER) continue;
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    total += await inflatedLength(
      bytes.subarray(start, Math.min(bytes.length, start + compressed)),
      max - total,
    );
    if (total > max) return false;
  }
  return true;
}
