// 建议通's service worker: keeps the app's own files so that, once opened,
// it opens again without a network (township links are slow or absent).
// Records never pass through here: they live in IndexedDB.
const CACHE = 'jianyi-app-v1';

// The page and every file it names (hashed by trunk), cached at install so
// even the first visit is ready to open offline.
async function precache() {
  const cache = await caches.open(CACHE);
  const page = await fetch('./', { cache: 'no-cache' });
  if (!page.ok) return;
  const html = await page.clone().text();
  await cache.put('./', page);
  const files = [...html.matchAll(/(?:href|from|module_or_path:)\s*=?\s*['"](\.\/[^'"]+\.(?:js|wasm|css))['"]/g)].map((m) => m[1]);
  await cache.addAll([...new Set(files)]);
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// Hashed files never change: cache first. The page and the unhashed worker
// files may: network first, the cache when there is no network.
self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  const hashed = /-[0-9a-f]{16}(?:_bg)?\.(?:wasm|js|css)$/.test(url.pathname);
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    if (hashed) {
      const hit = await cache.match(request);
      if (hit) return hit;
      const response = await fetch(request);
      if (response.ok) cache.put(request, response.clone());
      return response;
    }
    try {
      const response = await fetch(request);
      if (response.ok) cache.put(request, response.clone());
      return response;
    } catch (offline) {
      const hit = (await cache.match(request)) || (request.mode === 'navigate' && (await cache.match('./')));
      if (hit) return hit;
      throw offline;
    }
  })());
});
