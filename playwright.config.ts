// End-to-end journeys against the release dist/, served by a plain static
// server (as a township's web host would) at the root and under /jianyi/,
// and again on a plain-http, non-loopback host name.
import { defineConfig } from '@playwright/test';

// Every spec runs in `root`. The `subpath` and `insecure` projects exist to
// prove the app works under a sub-path (relative page, asset and worker
// URLs, the service worker's scope, Cache Storage keys under the base) and
// on a plain-http host (no service worker, Web Locks, Cache Storage or
// crypto.subtle: the writer lease in localStorage, the exchange worker's own
// crypto). They run only the specs that touch something that differs there:
// - routing: page files, forwarding an old address, reload, back;
// - offline: the service worker under the base (insecure: said unavailable);
// - storage: IndexedDB failures and the second tab (Web Lock or lease);
// - lost-database: the marker in localStorage and, secure only, Cache Storage;
// - demo: the demo worker, and its own database beside the office's;
// - exchange, partners: the exchange worker (keys, seals, signatures without
//   crypto.subtle), downloads, imports, a restore into an empty browser;
// - raising: one journey of the domain (opinion, draft, co-signers, reload).
// The other specs are the domain's journeys — drafting, review, directories
// and their import, settings forms, desks, 交办 — and axe's checks: nothing
// in them depends on the base path or on a secure context (the import
// worker starts from a relative loader as the demo worker does; 交办's
// packets are sealed and read by the exchange worker), so running them
// again there proved nothing new.
const EVERY_HOST = ['routing', 'offline', 'storage', 'lost-database', 'demo', 'exchange', 'partners', 'raising'];
const everyHost = new RegExp(`[\\/](${EVERY_HOST.join('|')})\\.spec\\.ts$`);

const ROOT_PORT = 8091;
const SUB_PORT = 8092;
// An office network's plain-http host: not loopback, so the browser treats
// it as insecure (no service worker, no Web Locks, no crypto.subtle), as a
// county office's own web server would be. The name maps to 127.0.0.1.
const INSECURE_PORT = 8093;
const INSECURE_HOST = 'jianyi.test';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    // An action that cannot happen fails with its line, not the test's
    // whole timeout.
    actionTimeout: 60_000,
  },
  projects: [
    { name: 'root', use: { baseURL: `http://127.0.0.1:${ROOT_PORT}/` } },
    { name: 'subpath', testMatch: everyHost, use: { baseURL: `http://127.0.0.1:${SUB_PORT}/jianyi/` } },
    {
      name: 'insecure',
      // On a plain-http office host.
      testMatch: everyHost,
      use: {
        baseURL: `http://${INSECURE_HOST}:${INSECURE_PORT}/jianyi/`,
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP ${INSECURE_HOST} 127.0.0.1`],
        },
      },
    },
  ],
  webServer: [
    {
      command: `python3 -m http.server ${ROOT_PORT} --bind 127.0.0.1 --directory dist`,
      url: `http://127.0.0.1:${ROOT_PORT}/`,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'ignore',
    },
    {
      command: `python3 -m http.server ${SUB_PORT} --bind 127.0.0.1 --directory target/subpath`,
      url: `http://127.0.0.1:${SUB_PORT}/jianyi/`,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'ignore',
    },
    {
      command: `python3 -m http.server ${INSECURE_PORT} --bind 127.0.0.1 --directory target/subpath`,
      url: `http://127.0.0.1:${INSECURE_PORT}/jianyi/`,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'ignore',
    },
  ],
});
