// Reading archives a hospital hands to the compiler (openFDA .json.zip, DailyMed SPL zips, .xml.gz)
// with caps: an entry or an archive that would unpack to more than the limits, or that packs far
// tighter than real text does, is refused with a message naming it, before anything is inflated.
import { gunzipSync } from 'node:zlib';
import { unzipSync } from 'fflate';

export interface ArchiveLimits {
  /** Largest single unpacked entry (an openFDA JSON file is a few hundred MB). */
  maxEntryBytes: number;
  /** Largest total unpacked size of one archive, nested archives included. */
  maxTotalBytes: number;
  /** Label text packs 5–20×; deflate tops out near 1,000× on runs of one byte, which is a bomb. */
  maxRatio: number;
  /** Release zips hold per-label zips; anything nested deeper is refused. */
  maxDepth: number;
}

export const ARCHIVE_LIMITS: ArchiveLimits = {
  maxEntryBytes: 1_000_000_000,
  maxTotalBytes: 8_000_000_000,
  maxRatio: 200,
  maxDepth: 2,
};

export class ArchiveError extends Error {}

const mb = (n: number) => `${Math.round(n / 1e6).toLocaleString('en-US')} MB`;

/**
 * The entries of a zip whose names pass `keep`, each checked against the limits by its declared
 * sizes (fflate never writes more than the declared size, so a lying header cannot get past them).
 * `budget` carries the unpacked total across nested archives.
 */
export function unzipChecked(
  bytes: Uint8Array,
  where: string,
  keep: (name: string) => boolean,
  limits: ArchiveLimits = ARCHIVE_LIMITS,
  budget = { used: 0 },
): Record<string, Uint8Array> {
  const refuse = (why: string): never => {
    throw new ArchiveError(`${where}: refused — ${why} (a damaged archive or a zip bomb).`);
  };
  try {
    return unzipSync(bytes, {
      filter: (file) => {
        if (!keep(file.name)) return false;
        if (file.originalSize > limits.maxEntryBytes)
          refuse(`${file.name} would unpack to ${mb(file.originalSize)}, over the ${mb(limits.maxEntryBytes)} limit`);
        if (file.originalSize > 0 && file.originalSize / Math.max(file.size, 1) > limits.maxRatio)
          refuse(
            `${file.name} would unpack to ${Math.round(file.originalSize / Math.max(file.size, 1))} times its packed size (limit ${limits.maxRatio}×)`,
          );
        budget.used += file.originalSize;
        if (budget.used > limits.maxTotalBytes)
          refuse(`the archive would unpack to more than ${mb(limits.maxTotalBytes)}`);
        return true;
      },
    });
  } catch (error) {
    if (error instanceof ArchiveError) throw error;
    throw new ArchiveError(`${where}: not a readable zip archive (${(error as Error).message}).`);
  }
}

/** A .gz file, unpacked to at most the entry limit. */
export function gunzipChecked(bytes: Uint8Array, where: string, limits: ArchiveLimits = ARCHIVE_LIMITS): Buffer {
  try {
    return gunzipSync(bytes, { maxOutputLength: limits.maxEntryBytes });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
      throw new ArchiveError(
        `${where}: refused — it would unpack to more than ${mb(limits.maxEntryBytes)} (a damaged archive or a zip bomb).`,
      );
    throw new ArchiveError(`${where}: not a readable gzip file (${(error as Error).message}).`);
  }
}
