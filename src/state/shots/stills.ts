/**
 * Still storage: stills (1–3 MB PNGs each) are Blobs in IndexedDB under the shot's id, which
 * localStorage could not hold; a memory store stands in where IndexedDB is unavailable.
 */

export interface StillRecord {
  still: Blob;
  /** A small preview for the list (made lazily by the UI). */
  thumb?: Blob | undefined;
}

export interface StillStore {
  get(id: string): Promise<StillRecord | undefined>;
  put(id: string, record: StillRecord): Promise<void>;
  delete(id: string): Promise<void>;
  keys(): Promise<string[]>;
}

const DB_NAME = 'setscout-shots';
const DB_STORE = 'stills';

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
  });
}

/** Stills in IndexedDB, one record per shot id. */
export function indexedDbStillStore(factory: IDBFactory = indexedDB): StillStore {
  let db: Promise<IDBDatabase> | null = null;
  const open = () => {
    db ??= new Promise<IDBDatabase>((resolve, reject) => {
      const r = factory.open(DB_NAME, 1);
      r.onupgradeneeded = () => {
        if (!r.result.objectStoreNames.contains(DB_STORE)) r.result.createObjectStore(DB_STORE);
      };
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error ?? new Error('IndexedDB could not be opened'));
      r.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
    }).catch((err: unknown) => {
      db = null;
      throw err;
    });
    return db;
  };
  const tx = async <T>(mode: IDBTransactionMode, fn: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> => {
    const d = await open();
    const t = d.transaction(DB_STORE, mode);
    const result = await request(fn(t.objectStore(DB_STORE)));
    if (mode === 'readwrite') {
      await new Promise<void>((resolve, reject) => {
        t.oncomplete = () => resolve();
        t.onerror = () => reject(t.error ?? new Error('IndexedDB write failed'));
        t.onabort = () => reject(t.error ?? new Error('IndexedDB write was aborted'));
      });
    }
    return result;
  };
  return {
    get: (id) => tx('readonly', (s) => s.get(id) as IDBRequest<StillRecord | undefined>),
    put: async (id, record) => {
      await tx('readwrite', (s) => s.put(record, id));
    },
    delete: async (id) => {
      await tx('readwrite', (s) => s.delete(id));
    },
    keys: async () => (await tx('readonly', (s) => s.getAllKeys())).map(String),
  };
}

/** Stills in memory only (tests; browsers without IndexedDB): lost on reload. */
export function memoryStillStore(): StillStore {
  const m = new Map<string, StillRecord>();
  return {
    get: async (id) => m.get(id),
    put: async (id, r) => {
      m.set(id, r);
    },
    delete: async (id) => {
      m.delete(id);
    },
    keys: async () => [...m.keys()],
  };
}

let stills: StillStore = typeof indexedDB !== 'undefined' ? indexedDbStillStore() : memoryStillStore();

/** The still storage in use. */
export function stillStore(): StillStore {
  return stills;
}

/** Replaces the still storage (tests). */
export function setStillStore(store: StillStore): void {
  stills = store;
}

