// A lost database noticed, backups reminded: a cleanup tool (360安全卫士)
// or the browser's eviction empties the office's IndexedDB. The marker the
// app keeps outside it (localStorage, and the Cache Storage where there is
// one) makes the next start say so — with the office's name, its count and
// the day last used — instead of opening as a new office; starting afresh
// forgets it. 首页 reminds an office that never exported a whole backup,
// until it does. Clearing the demo county is never taken for a loss.
import type { Page } from '@playwright/test';
import { test, expect, openDemo } from './fixtures';

const NOTICE = '本浏览器中的建议通数据已被清除';
const OFFICE = '城关镇人大代表联络站';

/** Today in China as the notice writes it: `2026年11月28日`. */
function chinaDayText(): string {
  const [y, m, d] = new Date()
    .toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' })
    .split('-')
    .map(Number);
  return `${y}年${m}月${d}日`;
}

/** Sets up this browser's office in 设置 › 本机单位. */
async function setUpOffice(page: Page) {
  await page.goto('./settings.html#/settings');
  const profile = page.getByRole('form', { name: '本机单位' });
  await profile.getByLabel('单位名称').fill(OFFICE);
  await profile.getByLabel('行政区域').fill('某县');
  await profile.getByRole('button', { name: '保存' }).click();
  await expect(profile.getByRole('status')).toContainText('本机单位已保存');
}

/** What a cleanup tool does: deletes the office database. The page's own
 *  connection holds the deletion until the page goes (the next load). */
async function clearDatabase(page: Page) {
  await page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('jianyi');
        request.onsuccess = () => resolve('deleted');
        request.onblocked = () => resolve('blocked');
        request.onerror = () => reject(request.error);
      }),
  );
}

test('a cleared office database is noticed, and starting afresh forgets it', async ({ page, consoleErrors }, info) => {
  // A first visit: nothing held, nothing lost.
  await page.goto('./');
  await expect(page.getByRole('heading', { name: '欢迎使用建议通' })).toBeVisible();
  await expect(page.getByText(NOTICE)).toHaveCount(0);

  await setUpOffice(page);
  await page.reload();
  await expect(page.getByRole('form', { name: '本机单位' })).toBeVisible();
  await expect(page.getByText(NOTICE)).toHaveCount(0);
  const marker = await page.evaluate(() => JSON.parse(localStorage.getItem('jianyi.marker.jianyi') ?? 'null'));
  expect(marker).toMatchObject({ office: OFFICE });
  expect(marker.events).toBeGreaterThan(0);
  const secure = await page.evaluate(() => window.isSecureContext && 'caches' in window);
  if (secure) {
    await expect
      .poll(() => page.evaluate(async () => (await (await caches.open('jianyi-marker')).match('marker.json'))?.json()))
      .toMatchObject({ office: OFFICE });
  }

  // The cleanup tool empties the database — and, where the Cache Storage
  // keeps a copy, localStorage too: the copy alone still tells.
  await clearDatabase(page);
  if (secure) await page.evaluate(() => localStorage.removeItem('jianyi.marker.jianyi'));
  await page.reload();
  const notice = page.getByRole('alert').filter({ hasText: NOTICE });
  await expect(notice).toBeVisible({ timeout: 15_000 });
  await expect(notice).toContainText(OFFICE);
  await expect(notice).toContainText(`原有 ${marker.events} 条记录`);
  await expect(notice).toContainText(`最后使用于 ${chinaDayText()}`);
  await expect(notice).toContainText('360安全卫士');
  await expect(notice.getByRole('link', { name: '从整库备份恢复' })).toHaveAttribute('href', './import.html#/import');
  await page.screenshot({ path: info.outputPath('lost-database.png') });

  // On every page, until the clerk decides.
  await page.goto('./suggestions.html#/suggestions');
  await expect(page.getByRole('alert').filter({ hasText: NOTICE })).toBeVisible({ timeout: 15_000 });

  await page.getByRole('button', { name: '作为新单位重新开始' }).click();
  await expect(page.getByText(NOTICE)).toHaveCount(0);
  await page.goto('./');
  await expect(page.getByRole('heading', { name: '欢迎使用建议通' })).toBeVisible();
  await expect(page.getByText(NOTICE)).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { name: '欢迎使用建议通' })).toBeVisible();
  await expect(page.getByText(NOTICE)).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem('jianyi.marker.jianyi'))).toBeNull();
});

test('首页 reminds an office that never made a whole backup, until it does', async ({ page, consoleErrors }) => {
  test.setTimeout(120_000);
  await setUpOffice(page);
  await page.goto('./');
  const reminder = page.getByRole('status').filter({ hasText: '尚未做过整库备份' });
  await expect(reminder).toBeVisible();
  await reminder.getByRole('link', { name: '导出整库备份' }).click();
  await expect(page).toHaveURL(/exchange\.html#\/exchange$/);
  // The office's key is made on the first visit to 交换.
  await expect(page.getByRole('cell', { name: '密钥指纹' })).toHaveText(/^\d{4}( \d{4}){4}$/, { timeout: 30_000 });
  const form = page.getByRole('form', { name: '导出交换包' });
  await expect(form.getByLabel('导出内容')).toHaveValue('backup');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    form.getByRole('button', { name: '导出' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.json$/);
  await expect(page.getByRole('status').filter({ hasText: '已导出' })).toBeVisible();

  await page.goto('./');
  await expect(page.getByText('上次备份：今天')).toBeVisible();
  await expect(page.getByText('尚未做过整库备份')).toHaveCount(0);
  await expect(page.getByRole('link', { name: '导出整库备份' })).toHaveCount(0);
});

test('clearing the demo county is never taken for a lost database', async ({ page, consoleErrors }) => {
  test.setTimeout(120_000);
  await openDemo(page);
  await expect(page.getByText('尚未做过整库备份')).toHaveCount(0);
  await page.getByRole('region', { name: '示范数据' }).getByRole('button', { name: '清除示范数据' }).click();
  await expect(page.getByRole('heading', { name: '欢迎使用建议通' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(NOTICE)).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem('jianyi.marker.jianyi-demo'))).toBeNull();
});
