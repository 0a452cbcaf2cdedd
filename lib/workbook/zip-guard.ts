/**
 * The first border a workbook crosses: an .xlsx file is a zip archive, and a zip archive can lie. Before the
 * spreadsheet library sees anything, this reads the archive's directory, refuses what no workbook of ours needs
 * (encryption, unusual compression, ZIP64, too many or too large parts), and inflates each part with a hard limit
 * on its size, stopping the moment a part grows past what it declared. The library then gets the parts
 * already inflated, so it never inflates anything itself.
 */
import type { Checked } from '../exports/file-guard';

export interface ZipLimits {
  /** Bytes of the file itself. */
  maxFileBytes: number;
  maxEntries: number;
  /** Bytes of all parts together, once inflated. */
  maxTotalBytes: number;
}

/** A workbook of ours, filled in and re-saved by a spreadsheet, is well under a megabyte inflated. */
export const workbookLimits: ZipLimits = { maxFileBytes: 5_000_000, maxEntries: 200, maxTotalBytes: 20_000_000 };

const signatures = { local: 0x04034b50, central: 0x02014b50, end: 0x06054b50 } as const;
const endRecordSize = 22;
const maxCommentLength = 0xffff;
/** Fed to the inflater this many bytes at a time: deflate expands at most ~1,032 times, so ~1 MB per step. */
const inputStep = 1024;

interface Entry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  dataStart: number;
}

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toLocaleString('en-US', { maximumFractionDigits: 1 })} MB`;
const damaged = (reason: string) => ({ ok: false as const, error: `The file is not a readable workbook (${reason}).` });

function findEndRecord(view: DataView): number | undefined {
  const lowest = Math.max(0, view.byteLength - endRecordSize - maxCommentLength);
  for (let at = view.byteLength - endRecordSize; at >= lowest; at -= 1) {
    if (view.getUint32(at, true) === signatures.end) return at;
  }
  return undefined;
}

/** The archive's directory: every part with where its data starts. Nothing is inflated here. */
function readDirectory(bytes: Uint8Array, limits: ZipLimits): Checked<Entry[]> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.byteLength >= endRecordSize ? findEndRecord(view) : undefined;
  if (end === undefined) return damaged('it is not a zip archive, or it is cut off');
  const count = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryStart = view.getUint32(end + 16, true);
  if (count === 0xffff || directoryStart === 0xffffffff) return damaged('it uses ZIP64, which no workbook of this size needs');
  if (view.getUint16(end + 4, true) !== 0 || view.getUint16(end + 8, true) !== count) return damaged('it spans several disks');
  if (count > limits.maxEntries) return { ok: false, error: `The workbook has ${count} parts; a workbook from this extension has far fewer than ${limits.maxEntries}.` };
  if (directoryStart + directorySize > end) return damaged('its directory points outside the file');
  const decoder = new TextDecoder();
  const entries: Entry[] = [];
  let at = directoryStart;
  let declaredTotal = 0;
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > end || view.getUint32(at, true) !== signatures.central) return damaged('its directory is damaged');
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const next = at + 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const localStart = view.getUint32(at + 42, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (next > end) return damaged('its directory is damaged');
    if (flags & 0x1) return { ok: false, error: 'The workbook is encrypted. Save it again without a password to open.' };
    if (method !== 0 && method !== 8) return damaged(`part "${name.slice(0, 80)}" uses compression method ${method}`);
    declaredTotal += size;
    if (declaredTotal > limits.maxTotalBytes) {
      return { ok: false, error: `The workbook would unpack to more than ${megabytes(limits.maxTotalBytes)}; a workbook from this extension is far smaller.` };
    }
    if (localStart + 30 > directoryStart || view.getUint32(localStart, true) !== signatures.local) return damaged('a part is missing');
    const dataStart = localStart + 30 + view.getUint16(localStart + 26, true) + view.getUint16(localStart + 28, true);
    if (dataStart + compressedSize > directoryStart) return damaged('a part runs past the end of the data');
    if (entries.some((entry) => entry.name === name)) return damaged(`part "${name.slice(0, 80)}" appears twice`);
    entries.push({ name, method, crc, compressedSize, size, dataStart });
    at = next;
  }
  return { ok: true, value: entries };
}

const crcTable = Array.from({ length: 256 }, (_, byte) => {
  let value = byte;
  for (let bit = 0; bit < 8; bit += 1) value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
  return value >>> 0;
});

/** The zip format's CRC-32 of a part, to tell a damaged part from an intact one. */
function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** Inflates raw deflate data, giving up (undefined) as soon as the output would pass `limit` bytes. */
async function inflateAtMost(data: Uint8Array, limit: number): Promise<Uint8Array | undefined> {
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  let tooLarge = false;
  const reading = (async () => {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      total += value.byteLength;
      if (total > limit) {
        tooLarge = true;
        await reader.cancel();
        return;
      }
      chunks.push(value);
    }
  })();
  const writing = (async () => {
    for (let at = 0; at < data.byteLength && !tooLarge; at += inputStep) await writer.write(data.slice(at, at + inputStep));
    if (!tooLarge) await writer.close();
  })();
  const [read, written] = await Promise.allSettled([reading, writing]);
  if (tooLarge) return undefined;
  if (read.status === 'rejected' || written.status === 'rejected') throw new Error('the compressed data is damaged');
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/**
 * Every part of the archive, inflated within the limits, keyed by its path; or the reason the file is refused.
 * Never throws.
 */
export async function unpackWorkbook(bytes: Uint8Array, limits: ZipLimits = workbookLimits): Promise<Checked<Record<string, Uint8Array>>> {
  if (bytes.byteLength > limits.maxFileBytes) {
    return { ok: false, error: `The file is too large (${megabytes(bytes.byteLength)}); a workbook from this extension is at most ${megabytes(limits.maxFileBytes)}.` };
  }
  try {
    const directory = readDirectory(bytes, limits);
    if (!directory.ok) return directory;
    const parts: Record<string, Uint8Array> = Object.create(null);
    for (const entry of directory.value) {
      const raw = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
      const data = entry.method === 0 ? raw : await inflateAtMost(raw, entry.size);
      if (!data || data.byteLength !== entry.size) return damaged(`part "${entry.name.slice(0, 80)}" is not the size it declares`);
      if (crc32(data) !== entry.crc) return damaged(`part "${entry.name.slice(0, 80)}" is damaged: its checksum does not match`);
      parts[entry.name] = data;
    }
    return { ok: true, value: parts };
  } catch (error) {
    return damaged(error instanceof Error ? error.message : String(error));
  }
}
