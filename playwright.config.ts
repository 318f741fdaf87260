// End-to-end journeys against the release dist/, served by a plain static
// server (as a township's web host would) at the root and under /jianyi/.
import { defineConfig } from '@playwright/test';

const ROOT_PORT = 8091;
const SUB_PORT = 8092;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  },
  projects: [
    { name: 'root', use: { baseURL: `http://127.0.0.1:${ROOT_PORT}/` } },
    { name: 'subpath', use: { baseURL: `http://127.0.0.1:${SUB_PORT}/jianyi/` } },
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
  ],
});
