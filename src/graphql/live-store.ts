// The store the server answers from, reopened when the file at its path is replaced (a build renames a
// new file into place, so the path names a new inode) or when asked to (SIGHUP). Each request leases
// one open store with its assessment index for its whole life, so no answer mixes two builds; a
// replaced store is closed when its last lease ends.

import { statSync, watch, type FSWatcher } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { AssessmentIndex } from '../model.js';
import { openStore, type StoreReader } from '../store/read.js';
import { prepareAssessment } from '../pipeline/assess.js';

/** How often the file is checked when the file system sends no change events (network mounts). */
const POLL_MS = 1_000;
/** A build's rename arrives as a few events in a row; one check after they settle is enough. */
const SETTLE_MS = 50;

interface Generation {
  number: number;
  store: StoreReader;
  index: AssessmentIndex;
  /** device, inode, size and mtime of the file when it was opened */
  identity: string;
  leases: number;
  isRetired: boolean;
}

export interface StoreLease {
  store: StoreReader;
  index: AssessmentIndex;
  /** Which opening of the store this is: 1 at start, +1 on every reload. */
  generation: number;
  /** Ends the lease; safe to call more than once. */
  release(): void;
}

function identityOf(path: string): string {
  try {
    const stats = statSync(path);
    return `${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeMs}`;
  } catch {
    return 'missing';
  }
}

export class LiveStore {
  readonly path: string;
  private current: Generation;
  private readonly log: (line: string) => void;
  /** The file that failed to open last time: not retried until the file changes again. */
  private failedIdentity: string | null = null;
  private watcher: FSWatcher | null = null;
  private poll: NodeJS.Timeout | null = null;
  private settle: NodeJS.Timeout | null = null;
  private readonly retired = new Set<Generation>();

  /** Opens the store; throws CorroborateError when it is missing, corrupt or of another version. */
  constructor(path: string, log: (line: string) => void) {
    this.path = path;
    this.log = log;
    this.current = this.open(1);
  }

  private open(number: number): Generation {
    const identity = identityOf(this.path);
    const store = openStore(this.path);
    try {
      const index = store.loadAssessmentIndex();
      // Profiling the sources for assessClaim takes a moment; pay it here, not on a user's request.
      prepareAssessment(index);
      return { number, store, index, identity, leases: 0, isRetired: false };
    } catch (error) {
      store.close();
      throw error;
    }
  }

  /** The store for one request, held open until `release()`. */
  acquire(): StoreLease {
    const generation = this.current;
    generation.leases++;
    let isReleased = false;
    return {
      store: generation.store,
      index: generation.index,
      generation: generation.number,
      release: () => {
        if (isReleased) return;
        isReleased = true;
        generation.leases--;
        if (generation.isRetired && generation.leases === 0) {
          generation.store.close();
          this.retired.delete(generation);
        }
      },
    };
  }

  get generation(): number {
    return this.current.number;
  }

  /** SQL statements run by the store in use now (a test's probe for N+1 queries). */
  get statementCount(): number {
    return this.current.store.statementCount;
  }

  /**
   * Opens the file at the path again and serves it from the next request on. Without `force`, only
   * when the file changed since it was opened. A file that cannot be opened is logged and the current
   * store stays in service. Returns whether a new store is now served.
   */
  reload(options: { force?: boolean } = {}): boolean {
    const identity = identityOf(this.path);
    if (!options.force && (identity === this.current.identity || identity === this.failedIdentity)) return false;
    let next: Generation;
    try {
      next = this.open(this.current.number + 1);
    } catch (error) {
      this.failedIdentity = identity;
      this.log(`store reload failed, still serving generation ${this.current.number}: ${(error as Error).message}`);
      return false;
    }
    this.failedIdentity = null;
    const previous = this.current;
    this.current = next;
    previous.isRetired = true;
    if (previous.leases === 0) previous.store.close();
    else this.retired.add(previous);
    const build = next.store.build();
    this.log(`store reloaded (generation ${next.number}): build finished ${build?.finishedAt ?? 'unknown'}, ${next.index.sources.length} sources`);
    return true;
  }

  /** Reloads whenever the file at the path is replaced: on file system events, and by polling as a fallback. */
  watch(): void {
    const check = (): void => {
      this.reload();
    };
    try {
      this.watcher = watch(dirname(this.path), (_event, name) => {
        if (name !== null && name !== basename(this.path)) return;
        if (this.settle) clearTimeout(this.settle);
        this.settle = setTimeout(check, SETTLE_MS);
        this.settle.unref();
      });
      this.watcher.on('error', () => this.watcher?.close());
      this.watcher.unref();
    } catch {
      // No events on this file system: polling alone notices the change.
    }
    this.poll = setInterval(check, POLL_MS);
    this.poll.unref();
  }

  close(): void {
    this.watcher?.close();
    if (this.poll) clearInterval(this.poll);
    if (this.settle) clearTimeout(this.settle);
    for (const generation of this.retired) generation.store.close();
    this.retired.clear();
    this.current.store.close();
  }
}
