// End-to-end journeys against the release dist/, served by a plain static
// server (as a township's web host would) at the root and under /jianyi/,
// and again on a plain-http, non-loopback host name.
import { defineConfig } from '@playwright/test';

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
  },
  projects: [
    { name: 'root', use: { baseURL: `http://127.0.0.1:${ROOT_PORT}/` } },
    { name: 'subpath', use: { baseURL: `http://127.0.0.1:${SUB_PORT}/jianyi/` } },
    {
      name: 'insecure',
      // The main journeys again, on a plain-http office host.
      testIgnore: /a11y\.spec\.ts/,
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
