// Figures (issue 18): the committee office opens 统计 from its desk, reads
// each rate beside its definition and counts, sees the charts filled,
// switches the scope from the year to a session, and downloads the session's
// workbook, read here with SheetJS: its sheets, its ledger and its figures
// are the page's.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inflateRawSync } from 'node:zlib';
import * as XLSX from 'xlsx';
import type { Page } from '@playwright/test';
import { test, expect, openDemo, atDesk } from './fixtures';

const at = (day: string) => new Date(`${day}T09:00:00+08:00`);

// The committee office's 统计, from its own desk, on 1 December 2026.
async function openFigures(page: Page) {
  await page.clock.setFixedTime(at('2026-12-01'));
  await openDemo(page);
  await atDesk(page, '代表工委');
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '统计' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('统计', { timeout: 30_000 });
}

test('the statistics page shows the figures with their definitions and charts, by year or session', async ({ page, consoleErrors }, info) => {
  test.setTimeout(240_000);
  await openFigures(page);
  await expect(page.getByRole('heading', { level: 2 })).toContainText('2026年提出的建议（截至2026年12月1日）');
  const main = page.getByRole('table', { name: '主要指标' });
  await expect(main.locator('tbody tr')).toHaveCount(6);
  for (const name of ['按期办复率', '满意率（办理结果，满意＋基本满意）', '满意率（办理结果，仅满意）', '解决率']) {
    const row = main.locator('tbody tr', { has: page.getByRole('rowheader', { name, exact: true }) });
    // A percentage with one decimal and its counts, or a dash of nothing.
    await expect(row.locator('td').first()).toHaveText(/^(\d+\.\d%|—)（\d+\/\d+）$/);
    await expect(row.locator('td').last()).not.toBeEmpty();
  }
  // The stages add up to the items.
  const lead = await page.locator('.lead').first().innerText();
  const items = Number(lead.match(/共(\d+)件/)![1]);
  const stages = page.getByRole('table', { name: '按办理阶段' });
  await expect(stages.locator('tfoot td')).toHaveText(String(items));
  // Six charts, each drawn.
  const charts = page.locator('figure.chart');
  await expect(charts).toHaveCount(6);
  for (const c of await charts.all()) {
    await expect(c.locator('svg')).toHaveCount(1);
  }
  await expect(page.locator('figure[aria-label="承办件数最多的单位图表"]')).toContainText('主办（分办）');
  // The key items, assigned or not yet, each with its number.
  const key = page.getByRole('table', { name: '重点建议办理进度' }).locator('tbody tr');
  expect(await key.count()).toBeGreaterThan(0);
  await expect(key.first().locator('td').first()).toHaveText(/第\d+号/);
  await page.screenshot({ path: info.outputPath('figures.png'), fullPage: true });
  await page.locator('.charts').screenshot({ path: info.outputPath('charts.png') });

  // Another scope: the recess items.
  await page.getByLabel('统计范围').selectOption({ label: '闭会期间的建议' });
  await expect(page).toHaveURL(/figures\?session=recess/);
  await expect(page.getByRole('heading', { level: 2 })).toContainText('闭会期间（截至2026年12月1日）');

  // The session of this year's congress, and its workbook.
  const session = (await page.locator('#fg-scope option').evaluateAll((os) =>
    os.map((o) => [(o as HTMLOptionElement).value, o.textContent ?? ''])
  )).find(([, label]) => label.endsWith('第三次会议'))!;
  await page.getByLabel('统计范围').selectOption(session[0]);
  await expect(page).toHaveURL(/figures\?session=/);
  await expect(page.getByRole('heading', { level: 2 })).toContainText(`${session[1]}（截至2026年12月1日）`);
  const sessionItems = Number((await page.locator('.lead').first().innerText()).match(/共(\d+)件/)![1]);
  expect(sessionItems).toBeGreaterThan(0);
  const onTime = await main.locator('tbody tr', { has: page.getByRole('rowheader', { name: '按期办复率', exact: true }) })
    .locator('td').first().innerText();
  const [, onTimeCount, onTimeOf] = onTime.match(/（(\d+)\/(\d+)）/)!;
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: /导出 Excel 工作簿/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`建议通统计-${session[1]}-20261201.xlsx`);
  await expect(page.locator('.notice[role=status]')).toContainText('已导出');
  const book = XLSX.read(readFileSync((await download.path())!));
  expect(book.SheetNames).toEqual([
    '台账', '主要指标', '按类型', '按会次', '按类别', '按代表团', '按办理阶段',
    '按答复类别', '按预警颜色', '承办单位', '重点建议', '历年趋势',
  ]);
  const rows = (name: string) =>
    XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[name], { header: 1, defval: '' });
  const figures = rows('主要指标');
  expect(figures[2].slice(0, 3)).toEqual(['建议件数', '', sessionItems]);
  expect(figures[3][0]).toBe('按期办复率');
  expect(figures[3].slice(2, 4)).toEqual([Number(onTimeCount), Number(onTimeOf)]);
  // The ledger: its columns, and a row for each of the session's accepted
  // items, each with its number and lead deputy.
  const ledger = rows('台账');
  expect(ledger[1].slice(0, 6)).toEqual(['届次', '案号', '类型', '标题', '领衔代表', '联名人数']);
  expect(ledger.length - 2).toBeGreaterThan(0);
  expect(ledger.length - 2).toBeLessThanOrEqual(sessionItems);
  for (const row of ledger.slice(2)) {
    expect(row[0]).toBe(session[1]);
    expect(String(row[1])).toMatch(/\d/);
    expect(String(row[4])).not.toBe('');
  }
  expect(consoleErrors).toEqual([]);
});

// The files of a .zip (stored or deflated), read with node's zlib: path → bytes.
function unzip(zip: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  let at = zip.readUInt32LE(end + 16);
  const count = zip.readUInt16LE(end + 10);
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10);
    const packed = zip.readUInt32LE(at + 20);
    const nameLen = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLen).toString('utf8');
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + packed);
    files.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + nameLen + extra + comment;
  }
  return files;
}

test('the public disclosure folder lists the key items and the public replies and opens from the folder', async ({ page, consoleErrors }, info) => {
  test.setTimeout(240_000);
  await openFigures(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出公开材料（静态网页）' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('代表建议公开-2026年提出的建议-20261201.zip');
  await expect(page.locator('.notice[role=status]')).toContainText('index.html');

  // Unpacked into a folder, as a clerk would, and opened by double-click:
  // from file://, with no server.
  const files = unzip(readFileSync((await download.path())!));
  expect([...files.keys()].sort()).toEqual(['代表建议公开-2026年提出的建议/index.html', '代表建议公开-2026年提出的建议/说明.txt']);
  const folder = info.outputPath('bundle');
  for (const [name, bytes] of files) {
    mkdirSync(dirname(join(folder, name)), { recursive: true });
    writeFileSync(join(folder, name), bytes);
  }
  const index = join(folder, '代表建议公开-2026年提出的建议', 'index.html');
  const html = files.get('代表建议公开-2026年提出的建议/index.html')!.toString('utf8');
  // No phone number (eleven digits) anywhere, and nothing to run.
  expect(html).not.toMatch(/\d{11}/);
  expect(html).not.toContain('<script');

  const reader = await page.context().newPage();
  const readerErrors: string[] = [];
  reader.on('console', (msg) => { if (msg.type() === 'error') readerErrors.push(msg.text()); });
  reader.on('pageerror', (err) => readerErrors.push(String(err)));
  await reader.goto(pathToFileURL(index).href);
  await expect(reader.getByRole('heading', { level: 1 })).toContainText('代表建议办理情况公开');
  const keyHeading = reader.getByRole('heading', { level: 2, name: /重点建议/ });
  const keyCount = Number((await keyHeading.innerText()).match(/（(\d+)件）/)![1]);
  expect(keyCount).toBeGreaterThan(0);
  await expect(reader.locator('section').first().locator('tbody tr')).toHaveCount(keyCount);
  // Each key item names its leaders (or says they are still to be set).
  for (const row of await reader.locator('section').first().locator('tbody tr').all()) {
    await expect(row.locator('td').nth(4)).not.toBeEmpty();
  }
  const replyCount = Number((await reader.getByRole('heading', { level: 2, name: /建议答复/ }).innerText()).match(/（(\d+)份）/)![1]);
  expect(replyCount).toBeGreaterThan(0);
  await expect(reader.locator('article')).toHaveCount(replyCount);
  await expect(reader.locator('article .meta').first()).toContainText('答复类别');
  await expect(reader.locator('article .meta', { hasText: '摘要公开' }).first()).toBeVisible();
  // A passage marked not public is left out of a full reply.
  await expect(reader.locator('article', { hasText: '（此处不予公开）' }).first()).toBeVisible();
  await reader.screenshot({ path: info.outputPath('disclosure.png'), fullPage: false });
  await reader.emulateMedia({ media: 'print' });
  await reader.screenshot({ path: info.outputPath('disclosure-print.png'), fullPage: false });
  await reader.close();
  expect(readerErrors, 'the folder page opens cleanly from file://').toEqual([]);
  expect(consoleErrors).toEqual([]);
});
