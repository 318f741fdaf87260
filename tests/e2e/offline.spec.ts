// Township links are slow or absent: once opened, the app opens again
// without a network, its data still there. Over plain http (an office
// network's own server) browsers allow no service worker: the settings say
// so, and the app keeps working while the page stays open.
import { test, expect } from './fixtures';

test('once opened, each page and its data open again offline', async ({ page, context, consoleErrors }, testInfo) => {
  test.skip(testInfo.project.name === 'insecure', 'no service worker over plain http: see the next test');
  await page.goto('./directories.html#/directories/delegations');
  await page.getByLabel('新增代表团').fill('城关镇代表团');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('rowheader', { name: '城关镇代表团' })).toBeVisible();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // A second page, opened once while online.
  await page.goto('./settings.html#/settings');
  await expect(page.getByRole('cell', { name: /已启用：打开过的页面断网后仍可打开/ })).toBeVisible();

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: '设置' })).toBeVisible();
  await page.goto('./directories.html#/directories/delegations');
  await expect(page.getByRole('rowheader', { name: '城关镇代表团' })).toBeVisible();
  await context.setOffline(false);
  void consoleErrors;
});

test('over plain http the app works, stores, and says offline opening needs https', async ({ page, consoleErrors }, testInfo) => {
  test.skip(testInfo.project.name !== 'insecure', 'only an insecure origin lacks the service worker');
  await page.goto('./directories.html#/directories/delegations');
  expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
  expect(await page.evaluate(() => 'serviceWorker' in navigator || 'locks' in navigator)).toBe(false);
  await page.getByLabel('新增代表团').fill('城关镇代表团');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('rowheader', { name: '城关镇代表团' })).toBeVisible();
  await page.goto('./settings.html#/settings');
  await expect(page.getByRole('cell', { name: /不可用：本站通过 http 访问/ })).toBeVisible();
  await expect(page.getByRole('cell', { name: /本站通过 http 访问，浏览器无写入锁/ })).toBeVisible();
  await page.reload();
  await page.goto('./directories.html#/directories/delegations');
  await expect(page.getByRole('rowheader', { name: '城关镇代表团' })).toBeVisible();
  void consoleErrors;
});
