import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { strToU8, Zip, ZipDeflate } from 'fflate';
import type { BundleMember } from './manifest';
import { hasPlatformDeflate, PlatformDeflateFile } from './platform-deflate';

/** Where the bundle's bytes go: the renderer assembles a Blob or streams them to the bridge. */
export type ByteSink = (chunk: Uint8Array) => void | Promise<void>;

/** Text is encoded, hashed and compressed in pieces of about this size. */
const PIECE = 64 * 1024;

/**
 * One member being written: hashed (SHA-256 of the uncompressed bytes) and deflated as it goes.
 * NOTE: members open at the same time are fine; the zip keeps the compressed output of any member
 * behind the first unfinished one until that one finishes.
 */
export class MemberWriter {
  private readonly hash = sha256.create();
  private bytes = 0;
  private text = '';
  private finished: BundleMember | undefined;

  constructor(
    readonly path: string,
    private readonly file: ZipDeflate | PlatformDeflateFile,
  ) {}

  write(text: string): void {
    this.text += text;
    if (this.text.length >= PIECE) this.drain();
  }

  private drain(): void {
    if (this.text === '') return;
    const piece = strToU8(this.text);
    this.text = '';
    this.hash.update(piece);
    this.bytes += piece.length;
    this.file.push(piece, false);
  }

  finish(): BundleMember {
    if (this.finished !== undefined) return this.finished;
    this.drain();
    this.file.push(new Uint8Array(0), true);
    this.finished = { path: this.path, bytes: this.bytes, sha256: bytesToHex(this.hash.digest()) };
    return this.finished;
  }
}

/**
 * Who deflates: `platform` is the platform's native zlib (CompressionStream) where there is one, else
 * fflate; `fflate` always fflate, in JavaScript, at `level`. Both write standard deflate entries; the
 * platform's runs at zlib's default level (6), whatever `level` says, except 0 (stored).
 */
export type Deflater = 'platform' | 'fflate';

export interface BundleZipOptions {
  readonly level: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
  readonly mtime: Date;
  readonly deflater?: Deflater;
}

/**
 * fflate's streaming Zip around a sink, with back-pressure: the zip hands over chunks as members are
 * compressed, they wait here until `flush` has passed them to the sink (awaiting an async sink).
 */
export class BundleZip {
  private readonly zip: Zip;
  private pending: Uint8Array[] = [];
  private failure: Error | undefined;
  private readonly platform: PlatformDeflateFile[] = [];
  private readonly usePlatform: boolean;
  bytesOut = 0;

  constructor(
    private readonly sink: ByteSink,
    private readonly options: BundleZipOptions,
  ) {
    this.usePlatform = (options.deflater ?? 'platform') === 'platform' && options.level > 0 && hasPlatformDeflate();
    this.zip = new Zip((error, chunk) => {
      if (error !== null) this.failure = error;
      else this.pending.push(chunk);
    });
  }

  open(path: string): MemberWriter {
    if (this.usePlatform) {
      const file = new PlatformDeflateFile(path, this.options.mtime);
      this.zip.add(file);
      this.platform.push(file);
      return new MemberWriter(path, file);
    }
    const file = new ZipDeflate(path, { level: this.options.level });
    file.mtime = this.options.mtime;
    this.zip.add(file);
    return new MemberWriter(path, file);
  }

  /** Waits for the platform compressors to take what was written (back-pressure), then passes the zip on. */
  async flush(): Promise<void> {
    for (const file of this.platform) await file.settled();
    await this.pass();
  }

  private async pass(): Promise<void> {
    if (this.failure !== undefined) throw this.failure;
    while (this.pending.length > 0) {
      const chunks = this.pending;
      this.pending = [];
      for (const chunk of chunks) {
        this.bytesOut += chunk.length;
        await this.sink(chunk);
      }
    }
  }

  async end(): Promise<void> {
    // Every member is finished; with the platform's compressor their last bytes may still be on the way.
    for (const file of this.platform) {
      await file.done;
      await file.settled();
    }
    this.zip.end();
    await this.pass();
  }
}
