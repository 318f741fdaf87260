// 建议通's service worker: keeps the app's own files so that, once opened,
// it opens again without a network (township links are slow or absent).
// Records never pass through here: they live in IndexedDB.
//
// The app is a few entry pages, each with its own wasm. At install it
// precaches the page that registered it and the files that page names —
// so a first visit transfers that page once, not every page; the other
// pages and their files are cached when first opened.
const CACHE = 'jianyi-app-v2';

// A page and every file it names (hashed), into the cache.
async function cachePage(cache, url) {
  const page = await fetch(url, { cache: 'no-cache' });
  if (!page.ok) return;
  const html = await page.clone().text();
  await cache.put(url, page);
  const files = [...html.matchAll(/(?:href|from|module_or_path:)\s*=?\s*['"](\.\/[^'"#]+\.(?:js|wasm|css))['"]/g)]
    .map((m) => new URL(m[1], url).href);
  await cache.addAll([...new Set(files)]);
}

async function precache() {
  const cache = await caches.open(CACHE);
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const pages = windows.map((w) => w.url.split('#')[0]);
  await Promise.all((pages.length ? pages : [new URL('./index.html', self.registration.scope).href]).map((p) => cachePage(cache, p)));
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

// Older versions of the app's own cache go; the page's marker of its
// database ('jianyi-marker', see src/platform.rs) stays.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('jianyi-app-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// Hashed files never change: cache first. The pages and the unhashed
// worker files may: network first, the cache when there is no network.
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
      // The folder itself is the index page.
      const hit = (await cache.match(request, { ignoreSearch: true }))
        || (request.mode === 'navigate' && url.pathname.endsWith('/') && (await cache.match(new URL('./index.html', url).href)));
      if (hit) return hit;
      throw offline;
    }
  })());
});
