// Township links are slow or absent: once opened, the app opens again
// without a network, its data still there.
import { test, expect } from './fixtures';

test('once opened, the app and its data open again offline', async ({ page, context, consoleErrors }) => {
  await page.goto('./#/directories/delegations');
  await page.getByLabel('新增代表团').fill('城关镇代表团');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('rowheader', { name: '城关镇代表团' })).toBeVisible();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('rowheader', { name: '城关镇代表团' })).toBeVisible();
  await page.goto('./#/settings');
  await expect(page.getByRole('heading', { level: 1, name: '设置' })).toBeVisible();
  await context.setOffline(false);
  void consoleErrors;
});
