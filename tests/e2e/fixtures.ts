// A page fixture that records console errors and uncaught exceptions, and
// fails the test if any occurred: a journey passes only on a clean console.
import * as fs from 'node:fs';
import { test as base, expect } from '@playwright/test';
import type { Page, TestInfo } from '@playwright/test';

export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    page.on('pageerror', (err) => errors.push(String(err)));
    await use(errors);
    expect(errors, 'console errors').toEqual([]);
  },
});

export { expect };

// Load the demo county from the welcome page. Generating and storing it runs
// in a worker and may take several seconds on a busy two-core machine, so the
// wait for its banner is longer than the default assertion timeout.
export async function openDemo(page: import('@playwright/test').Page) {
  await page.goto('./');
  await page.getByRole('button', { name: '载入示范数据' }).click();
  await expect(page.getByRole('region', { name: '示范数据' })).toBeVisible({ timeout: 30_000 });
}

// Load the two-office demo's township station (城关镇人大代表联络站): its
// share of the county, its news, its key, and the committee office trusted.
export async function openDemoStation(page: import('@playwright/test').Page) {
  await page.goto('./');
  await page.getByRole('button', { name: '载入示范联络站（城关镇）' }).click();
  await expect(page.getByRole('region', { name: '示范数据' })).toContainText('城关镇人大代表联络站', { timeout: 30_000 });
}

// Exports a packet from the 交换 page to `target` (an option of 导出内容),
// saves it as `name` in the test's output, and returns its path and its
// `packet` member; prints its size as a figure.
export async function exportTo(page: Page, info: TestInfo, target: string, name: string) {
  await page.goto('./exchange.html#/exchange');
  const form = page.getByRole('form', { name: '导出交换包' });
  await form.getByLabel('导出内容').selectOption({ label: target });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    form.getByRole('button', { name: '导出' }).click(),
  ]);
  const file = info.outputPath(name);
  await download.saveAs(file);
  await expect(page.getByRole('status').filter({ hasText: '已导出' })).toBeVisible();
  const packet = JSON.parse(fs.readFileSync(file, 'utf8')).packet;
  console.log(`[figures] ${name}: ${packet.events.length} events, ${fs.statSync(file).size} bytes`);
  return { file, packet };
}

// Chooses the desk (工作台) the page works at.
export async function atDesk(page: Page, desk: string) {
  await page.getByLabel('工作台', { exact: true }).selectOption({ label: desk });
}

// Imports a packet on the import page; `first`: it comes from an office
// not yet trusted, whose fingerprint the clerk has compared by phone.
export async function importPacket(page: Page, file: string, first = false) {
  await page.goto('./import.html#/import');
  await page.getByLabel('选择交换包文件（也可把文件拖到此处）').setInputFiles(file);
  const preview = page.getByRole('region', { name: '导入预览' });
  await expect(preview).toBeVisible({ timeout: 30_000 });
  if (first) await preview.getByLabel(/已与对方电话核对上面的密钥指纹/).check();
  await page.getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已导入' })).toBeVisible();
}

// A new office's own copy: its profile (`name`, of `role`), the committee
// office's packet `file` imported under its confirmed fingerprint, then
// the copy bound to `entry` of the directory that packet brought.
export async function startOffice(page: Page, name: string, role: string, file: string, entry: string) {
  await page.goto('./settings.html#/settings');
  const profile = page.getByRole('form', { name: '本机单位' });
  await profile.getByLabel('单位名称').fill(name);
  await profile.getByLabel('行政区域').fill('示范县');
  await profile.getByLabel('单位类型').selectOption({ label: role });
  await profile.getByRole('button', { name: '保存' }).click();
  await expect(profile.getByRole('status')).toContainText('本机单位已保存');
  await importPacket(page, file, true);
  await page.goto('./settings.html#/settings');
  await profile.getByLabel('本单位是').selectOption({ label: entry });
  await profile.getByRole('button', { name: '保存' }).click();
  await expect(profile.getByRole('status')).toContainText('本机单位已保存');
}
