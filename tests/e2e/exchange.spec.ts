// 交换: two offices in two browsers pass files. The county's committee
// office (the demo county) sends its directories; a township station
// confirms the committee office's fingerprint, drafts a suggestion with
// paper signatures and sends it; the committee office confirms the
// station's fingerprint, reviews and numbers it, and sends it back; the
// station sees the number; the same packet again adds nothing. Every
// packet is validated against the committed JSON Schema.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import Ajv2020 from 'ajv/dist/2020';
import { test, expect, openDemo, atDesk } from './fixtures';

const schema = JSON.parse(
  fs.readFileSync(path.join(__dirname, '..', '..', 'schemas', 'jianyi-packet.v2.schema.json'), 'utf8'),
);
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

/** Exports from the 交换 page and returns the saved file's path. */
async function exportPacket(page: Page, info: TestInfo, target: string, name: string) {
  const form = page.getByRole('form', { name: '导出交换包' });
  await form.getByLabel('导出内容').selectOption({ label: target });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    form.getByRole('button', { name: '导出' }).click(),
  ]);
  const file = info.outputPath(name);
  await download.saveAs(file);
  await expect(page.getByRole('status').filter({ hasText: '已导出' })).toBeVisible();
  const packet = JSON.parse(fs.readFileSync(file, 'utf8'));
  expect(validate(packet), JSON.stringify(validate.errors)).toBe(true);
  console.log(`[figures] ${name}: ${packet.packet.events.length} events, ${fs.statSync(file).size} bytes, file ${download.suggestedFilename()}`);
  return { file, suggested: download.suggestedFilename(), packet };
}

/** Chooses a packet on the 导入 page and waits for its preview. */
async function openPacket(page: Page, file: string) {
  await page.goto('./import.html#/import');
  await page.getByLabel('选择交换包文件（也可把文件拖到此处）').setInputFiles(file);
  const preview = page.getByRole('region', { name: '导入预览' });
  await expect(preview).toBeVisible({ timeout: 30_000 });
  return preview;
}

async function fingerprintOf(page: Page) {
  const cell = page.getByRole('cell', { name: '密钥指纹' });
  await expect(cell).toHaveText(/^\d{4}( \d{4}){4}$/, { timeout: 30_000 });
  return (await cell.textContent())!.trim();
}


test('a station and the committee office pass a suggestion and its number by packets', async ({ page, browser, consoleErrors }, info) => {
  test.setTimeout(240_000);
  const committee = page;
  const baseURL = info.project.use.baseURL!;
  const stationContext = await browser.newContext({ baseURL, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const station = await stationContext.newPage();
  const stationErrors: string[] = [];
  station.on('console', (m) => { if (m.type() === 'error') stationErrors.push(m.text()); });
  station.on('pageerror', (e) => stationErrors.push(String(e)));

  // The committee office (the demo county) sends its directories to the
  // station: a packet for no named office yet.
  await openDemo(committee);
  await committee.goto('./exchange.html#/exchange');
  const committeePrint = await fingerprintOf(committee);
  const toStation = await exportPacket(committee, info, '交换包：不指定接收单位', 'committee-1.json');
  expect(toStation.suggested).toMatch(/^建议通交换包-示范县.*-至-不指定-\d{4}-\d{2}-\d{2}\.json$/);
  // Private data and the committee's own settings stay home.
  const kinds = toStation.packet.packet.events.map((e: { event: { kind: object } }) => JSON.stringify(e.event.kind));
  // (A deputy's phone and a citizen's contact are events of their own; a
  // reply's office phone and a talk by phone are public.)
  expect(kinds.some((k: string) => k.includes('"deputy_phone_set"') || k.includes('"opinion_contact_set"'))).toBe(false);
  expect(kinds.some((k: string) => k.includes('"reply"'))).toBe(true);
  expect(kinds.some((k: string) => k.startsWith('{"office"'))).toBe(false);

  // The station sets itself up, confirms the committee office's
  // fingerprint and imports.
  await station.goto('./settings.html#/settings');
  const profile = station.getByRole('form', { name: '本机单位' });
  await profile.getByLabel('单位名称').fill('城关镇人大代表联络站');
  await profile.getByLabel('行政区域').fill('示范县城关镇');
  await profile.getByLabel('单位类型').selectOption({ label: '代表之家（联络站、点）' });
  await profile.getByRole('button', { name: '保存' }).click();
  await expect(profile.getByRole('status')).toContainText('本机单位已保存');
  await station.goto('./exchange.html#/exchange');
  const stationPrint = await fingerprintOf(station);
  let preview = await openPacket(station, toStation.file);
  await expect(preview).toContainText('尚未确认的单位');
  await expect(preview.getByRole('cell', { name: committeePrint })).toBeVisible();
  await expect(preview).toContainText('发送单位尚未确认');
  await preview.getByLabel(/已与对方电话核对上面的密钥指纹/).check();
  await expect(preview).toContainText('暂缓 0 个');
  await station.getByRole('button', { name: '确认导入' }).click();
  await expect(station.getByRole('status').filter({ hasText: '已导入' })).toContainText(`新增 ${toStation.packet.packet.events.length} 个事件`);
  console.log(`[figures] station import: ${await station.getByRole('status').filter({ hasText: '已导入' }).textContent()}`);

  // A deputy's draft, keyed in at the station with paper signatures.
  const title = '关于城关镇西街增设公交站台的建议';
  await atDesk(station, '代表');
  await station.goto('./item.html#/suggestions/new');
  await station.getByLabel('案由').fill(title);
  await station.getByLabel('案据').fill('城关镇西街长一公里没有公交站台，沿街三个小区的老人和学生要步行二十分钟到东街乘车，群众多次向联络站反映。');
  await station.getByLabel('建议', { exact: true }).fill('在城关镇西街中段增设一处公交站台，方便沿街群众乘车。');
  await station.getByLabel('对策').fill('由县交通运输局会同城关镇政府今年内完成站台选址和建设，并调整一条公交线路经停西街。');
  await station.getByLabel('类别').selectOption('城市建设');
  await station.getByLabel('领衔代表').selectOption({ index: 1 });
  const checks = station.getByRole('complementary', { name: '随写随查' });
  for (const box of await checks.getByRole('checkbox').all()) await box.check();
  await station.getByRole('button', { name: '保存草稿' }).click();
  await expect(station).toHaveURL(/#\/suggestions\/[0-9a-f-]{36}$/);
  const cosign = station.getByRole('region', { name: '联名代表' });
  for (let i = 0; i < 2; i++) {
    await cosign.getByLabel('邀请联名代表').selectOption({ index: 1 });
    await cosign.getByRole('button', { name: '邀请' }).click();
    await expect(cosign.getByRole('row')).toHaveCount(i + 2);
  }
  const confirms = cosign.getByRole('button', { name: /据纸质签名录入$/ });
  for (let i = 0; i < 2; i++) {
    await confirms.first().click();
    await expect(confirms).toHaveCount(1 - i);
  }
  await expect(cosign).toContainText('已确认联名 3 人');
  await station.getByRole('button', { name: '提交' }).click();
  await expect(station.getByRole('status').filter({ hasText: '已提交，等待审查' })).toBeVisible();
  const itemUrl = station.url();

  // The station sends it to the committee office, now a known partner.
  await station.goto('./exchange.html#/exchange');
  const toCommittee = await exportPacket(station, info, `交换包：发给${toStation.packet.packet.from.name}（代表工委）`, 'station-1.json');
  expect(toCommittee.suggested).toContain('-至-示范县');

  // The committee office confirms the station's fingerprint and imports.
  await committee.goto('./exchange.html#/exchange');
  preview = await openPacket(committee, toCommittee.file);
  await expect(preview.getByRole('cell', { name: stationPrint })).toBeVisible();
  await preview.getByLabel(/已与对方电话核对上面的密钥指纹/).check();
  await expect(preview.getByRole('row', { name: new RegExp(title) })).toBeVisible();
  await committee.getByRole('button', { name: '确认导入' }).click();
  await expect(committee.getByRole('status').filter({ hasText: '已导入' })).toBeVisible();

  // The committee office reviews and numbers it, each step at its desk.
  await committee.goto('./suggestions.html#/suggestions');
  await expect(committee.getByText(/^共 \d+ 件$/)).toBeVisible();
  const numbers = (await committee.locator('tbody tr td:last-child').allTextContents())
    .map((t) => /^建议第(\d+)号$/.exec(t.trim()))
    .filter((m) => m)
    .map((m) => Number(m![1]));
  const next = Math.max(0, ...numbers) + 1;
  for (const desk of ['代表团/主席团', '委室', '议案组']) {
    await atDesk(committee, desk);
    await committee.goto('./reviews.html#/reviews');
    await committee.getByRole('link', { name: title }).click();
    const review = committee.getByRole('region', { name: '审查' });
    if (desk === '议案组') {
      await review.getByRole('button', { name: '立案编号' }).click();
      await expect(review).toContainText(`已立案：建议第${next}号`);
    } else {
      await review.getByRole('button', { name: '通过' }).click();
      await expect(review).not.toContainText('当前环节：' + (desk === '委室' ? '委室再审' : '代表团初审'));
    }
  }

  // Back to the station.
  await committee.goto('./exchange.html#/exchange');
  const back = await exportPacket(committee, info, '交换包：发给城关镇人大代表联络站（代表之家（联络站、点））', 'committee-2.json');
  preview = await openPacket(station, back.file);
  await expect(preview).toContainText('已确认的单位');
  await station.getByRole('button', { name: '确认导入' }).click();
  await expect(station.getByRole('status').filter({ hasText: '已导入' })).toBeVisible();
  await station.goto(itemUrl);
  await expect(station.getByRole('heading', { level: 1 })).toContainText(`建议第${next}号`);

  // The same packet again adds nothing, and says so.
  await station.goto('./exchange.html#/exchange');
  preview = await openPacket(station, back.file);
  await expect(preview).toContainText('新增 0 个事件');
  await station.getByRole('button', { name: '确认导入' }).click();
  await expect(station.getByRole('status').filter({ hasText: '没有新增' })).toBeVisible();
  await expect(station.getByRole('region', { name: '交换记录' }).getByRole('row')).toHaveCount(5);

  await stationContext.close();
  expect(stationErrors).toEqual([]);
  void consoleErrors;
});

test('a whole backup restores the office into an empty browser under a new installation', async ({ page, browser, consoleErrors }, info) => {
  test.setTimeout(180_000);
  await openDemo(page);
  await page.goto('./suggestions.html#/suggestions');
  const count = (await page.getByText(/^共 \d+ 件$/).textContent())!.trim();
  await page.goto('./exchange.html#/exchange');
  const print = await fingerprintOf(page);
  const installation = (await page.getByRole('row', { name: /本机安装编号/ }).getByRole('cell').textContent())!.trim();
  const backup = await exportPacket(page, info, '整库备份（含全部数据和本单位密钥）', 'backup.json');
  expect(backup.suggested).toMatch(/^建议通整库备份-示范县.*-含密钥-\d{4}-\d{2}-\d{2}\.json$/);
  expect(backup.packet.packet.key).not.toBeNull();
  // The backup holds private data too.
  expect(JSON.stringify(backup.packet.packet.events)).toContain('phone');
  console.log(`[figures] ${await page.getByRole('status').filter({ hasText: '已导出' }).textContent()}`);

  const empty = await browser.newContext({ baseURL: info.project.use.baseURL!, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const fresh = await empty.newPage();
  const errors: string[] = [];
  fresh.on('pageerror', (e) => errors.push(String(e)));
  await fresh.goto('./exchange.html#/exchange');
  await expect(fresh.getByText('本单位尚未生成密钥。')).toBeVisible();
  const preview = await openPacket(fresh, backup.file);
  await expect(preview).toContainText('将从备份恢复该单位的全部数据和密钥');
  console.log(`[figures] ${await preview.getByText(/核验签名用时/).textContent()}`);
  await fresh.getByRole('button', { name: '确认导入' }).click();
  await expect(fresh.getByRole('status').filter({ hasText: '已导入' })).toBeVisible({ timeout: 30_000 });
  console.log(`[figures] restore: ${await fresh.getByRole('status').filter({ hasText: '已导入' }).textContent()}`);
  // The same office, the same key, its own new installation.
  await fresh.goto('./exchange.html#/exchange');
  await expect(fresh.getByRole('cell', { name: '密钥指纹' })).toHaveText(print);
  const restoredInstallation = (await fresh.getByRole('row', { name: /本机安装编号/ }).getByRole('cell').textContent())!.trim();
  expect(restoredInstallation).not.toBe(installation);
  await fresh.goto('./suggestions.html#/suggestions');
  await expect(fresh.getByText(/^共 \d+ 件$/)).toHaveText(count);
  await empty.close();
  expect(errors).toEqual([]);
  void consoleErrors;
});
