// The two-office demo (issue 12): the 示范县 committee office and its
// 城关镇 station, each in its own browser, already trusting each other.
// Three rounds of exchange: the station's news and a new draft reach the
// committee office; the draft's ask, edited in both offices, meets as one
// conflict on both sides; the committee office resolves it and the
// resolution reaches the station, so both end with the same text. (A
// deputy's record edited at a station is held at the committee office, not
// a conflict: only the committee office keeps the directories.) Each side lists the other as
// a partner with its fingerprint and last packets, and the packets after the
// first hold only the news.
import type { Page } from '@playwright/test';
import { test, expect, openDemo, openDemoStation, exportTo } from './fixtures';

const COMMITTEE = '示范县人大常委会代表工作委员会';
const STATION = '示范县城关镇人大代表联络站';
const STATION_DRAFT = '关于城关镇老旧小区加装电梯的建议';

async function importFile(page: Page, file: string) {
  await page.goto('./import.html#/import');
  await page.getByLabel('选择交换包文件（也可把文件拖到此处）').setInputFiles(file);
  const preview = page.getByRole('region', { name: '导入预览' });
  await expect(preview).toBeVisible({ timeout: 30_000 });
  // Each already trusts the other: nothing to confirm.
  await expect(preview).toContainText('已确认的单位');
  await page.getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已导入' })).toBeVisible();
  return preview;
}

async function fingerprintOf(page: Page) {
  await page.goto('./exchange.html#/exchange');
  const cell = page.getByRole('cell', { name: '密钥指纹' });
  await expect(cell).toHaveText(/^\d{4}( \d{4}){4}$/, { timeout: 30_000 });
  return (await cell.textContent())!.trim();
}

test('two demo offices exchange three rounds, resolve a conflict and list each other', async ({ page, browser, consoleErrors }, info) => {
  test.setTimeout(240_000);
  const committee = page;
  const baseURL = info.project.use.baseURL!;
  const stationContext = await browser.newContext({ baseURL, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const station = await stationContext.newPage();
  const stationErrors: string[] = [];
  station.on('console', (m) => { if (m.type() === 'error') stationErrors.push(m.text()); });
  station.on('pageerror', (e) => stationErrors.push(String(e)));

  await openDemo(committee);
  await openDemoStation(station);
  const committeePrint = await fingerprintOf(committee);
  const stationPrint = await fingerprintOf(station);
  expect(committeePrint).not.toBe(stationPrint);

  // Each lists the other, under the fingerprint the other shows.
  const partnerRow = (p: Page, name: string) =>
    p.getByRole('table', { name: '交换单位' }).getByRole('row', { name: new RegExp(name) });
  await expect(partnerRow(committee, STATION)).toContainText(stationPrint);
  await expect(partnerRow(committee, STATION)).toContainText('城关镇人大代表联络站');
  await expect(partnerRow(station, COMMITTEE)).toContainText(committeePrint);
  await expect(partnerRow(station, COMMITTEE)).toContainText('已核对指纹');

  // Round 1: a deputy's draft keyed in at the station; the station sends
  // it with its news, and the committee office has both in its list.
  const title = '关于城关镇南街增设路灯的建议';
  await station.getByLabel('工作台', { exact: true }).selectOption({ label: '代表' });
  await station.goto('./item.html#/suggestions/new');
  await station.getByLabel('案由').fill(title);
  await station.getByLabel('案据').fill('城关镇南街长八百米没有路灯，晚上行人和电动车出行不便，沿街群众多次向联络站反映。');
  await station.getByLabel('建议', { exact: true }).fill('在城关镇南街增设路灯，方便群众夜间出行。');
  await station.getByLabel('对策').fill('由县城市管理局会同城关镇政府今年内完成南街路灯的设计和安装。');
  await station.getByLabel('类别').selectOption('城市建设');
  await station.getByLabel('领衔代表').selectOption({ index: 1 });
  for (const box of await station.getByRole('complementary', { name: '随写随查' }).getByRole('checkbox').all()) await box.check();
  await station.getByRole('button', { name: '保存草稿' }).click();
  await expect(station).toHaveURL(/#\/suggestions\/[0-9a-f-]{36}$/);
  const itemPath = './item.html#' + station.url().split('#')[1];
  const r1 = await exportTo(station, info, `交换包：发给${COMMITTEE}（代表工委）`, 'round-1-station.json');
  expect(r1.packet.events.length).toBeLessThan(30);
  await importFile(committee, r1.file);
  await committee.goto('./suggestions.html#/suggestions');
  await expect(committee.getByRole('link', { name: STATION_DRAFT })).toBeVisible();
  await expect(committee.getByRole('link', { name: title })).toBeVisible();

  // Round 2: the draft's ask edited in both offices, the committee office
  // first; each sends its edit to the other.
  const editAsk = async (p: Page, ask: string) => {
    await p.goto(itemPath);
    await p.getByLabel('建议', { exact: true }).fill(ask);
    await p.getByRole('button', { name: '保存草稿' }).click();
    await expect(p.getByRole('status').filter({ hasText: '草稿已保存' })).toBeVisible();
  };
  const committeeAsk = '在城关镇南街增设路灯二十盏，方便群众夜间出行。';
  const stationAsk = '在城关镇南街和南街小学门口增设路灯，方便群众和学生夜间出行。';
  await editAsk(committee, committeeAsk);
  await editAsk(station, stationAsk);
  const r2 = await exportTo(committee, info, `交换包：发给${STATION}（代表之家（联络站、点））`, 'round-2-committee.json');
  expect(r2.packet.events.length).toBeLessThanOrEqual(3);
  await importFile(station, r2.file);
  const r2b = await exportTo(station, info, `交换包：发给${COMMITTEE}（代表工委）`, 'round-2-station.json');
  expect(r2b.packet.events.length).toBeLessThanOrEqual(3);
  await importFile(committee, r2b.file);
  // Both sides show one conflict naming both changes.
  for (const p of [committee, station]) {
    await p.goto('./conflicts.html#/conflicts');
    const conflict = p.getByRole('article', { name: `建议“${title}”` });
    await expect(conflict.getByRole('row', { name: /已生效的修改/ })).toContainText(committeeAsk);
    await expect(conflict.getByRole('row', { name: /被搁置的修改/ })).toContainText(stationAsk);
    await expect(p.getByRole('heading', { name: '待处理（1）' })).toBeVisible();
  }
  await committee.screenshot({ path: info.outputPath('conflicts.png'), fullPage: true });

  // Round 3: the committee office takes the station's change; the
  // resolution reaches the station, and both have the same ask.
  await committee.goto('./conflicts.html#/conflicts');
  await committee.getByRole('button', { name: `采用被搁置的修改（${stationAsk}）` }).click();
  await expect(committee.getByRole('heading', { name: '待处理（0）' })).toBeVisible();
  const r3 = await exportTo(committee, info, `交换包：发给${STATION}（代表之家（联络站、点））`, 'round-3-committee.json');
  expect(r3.packet.events.length).toBeLessThanOrEqual(3);
  await importFile(station, r3.file);
  await station.goto('./conflicts.html#/conflicts');
  await expect(station.getByRole('heading', { name: '待处理（0）' })).toBeVisible();
  await expect(station.getByRole('region', { name: '已处理' })).toContainText('采用被搁置的修改');
  for (const p of [committee, station]) {
    await p.goto(itemPath);
    await expect(p.getByLabel('建议', { exact: true })).toHaveValue(stationAsk);
  }

  // Each side's partners list shows its last packets both ways, and its
  // history the four packets.
  await committee.goto('./exchange.html#/exchange');
  const row = partnerRow(committee, STATION);
  await expect(row.getByRole('cell').nth(4)).not.toHaveText('—');
  await expect(row.getByRole('cell').nth(5)).not.toHaveText('—');
  await expect(row).toContainText(/\d+ 个事件$/);
  await committee.getByRole('region', { name: '交换单位' }).screenshot({ path: info.outputPath('partners.png') });
  for (const p of [committee, station]) {
    await p.goto('./exchange.html#/exchange');
    await expect(p.getByRole('region', { name: '交换记录' }).getByRole('row')).toHaveCount(5);
  }

  await stationContext.close();
  expect(stationErrors).toEqual([]);
  void consoleErrors;
});
