/**
 * Runs inside Pandu's own origin (its service worker, or one of its pages in Chromium or Firefox), sent there
 * by tests/e2e/in-page.ts: the storage and the post log as a test or a script sets them up and reads them.
 */

interface StorageArea {
  clear(): Promise<void>;
  set(items: object): Promise<void>;
}

/** `browser` in Firefox, `chrome` in Chromium: both return promises from storage in MV3. */
function localStorageArea(): StorageArea {
  const scope = globalThis as unknown as {
    browser?: { storage: { local: StorageArea } };
    chrome?: { storage: { local: StorageArea } };
  };
  const api = scope.browser ?? scope.chrome;
  if (!api) throw new Error('No extension API here: run this in one of Pandu’s pages or its worker.');
  return api.storage.local;
}

/** Replaces the extension's storage (profile, settings) with `items`. */
export async function replaceStorage(items: Record<string, unknown>): Promise<void> {
  const local = localStorageArea();
  await local.clear();
  await local.set(items);
}

/** Every post in Pandu's IndexedDB, emptying the log first when `clear` is set. */
export function readPosts(clear: boolean): Promise<Record<string, unknown>[]> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('pandu');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains('posts')) {
        db.close();
        resolve([]);
        return;
      }
      const transaction = db.transaction('posts', clear ? 'readwrite' : 'readonly');
      const store = transaction.objectStore('posts');
      if (clear) store.clear();
      const all = store.getAll();
      all.onerror = () => reject(all.error);
      transaction.oncomplete = () => {
        db.close();
        resolve(all.result as Record<string, unknown>[]);
      };
    };
  });
}

/**
 * Puts `records` into the post log as they are. Pandu's own page creates the database's current schema as it
 * loads, so until the `posts` store exists this waits (up to 30 s) and opens the database again.
 */
export function putPosts(records: readonly Record<string, unknown>[]): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const deadline = Date.now() + 30_000;
    const attempt = () => {
      const request = indexedDB.open('pandu');
      request.onerror = () => reject(request.error ?? new Error('indexedDB.open failed'));
      request.onsuccess = () => {
        const db = request.result;
        if (!db.objectStoreNames.contains('posts')) {
          db.close();
          if (Date.now() > deadline) reject(new Error("Pandu's database has no 'posts' store"));
          else setTimeout(attempt, 200);
          return;
        }
        try {
          const transaction = db.transaction('posts', 'readwrite');
          for (const record of records) transaction.objectStore('posts').put(record);
          transaction.oncomplete = () => {
            db.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error ?? new Error('seeding posts failed'));
          transaction.onabort = () => reject(transaction.error ?? new Error('seeding posts aborted'));
        } catch (error) {
          db.close();
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      };
    };
    attempt();
  });
}
