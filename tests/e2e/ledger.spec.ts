// The ledger import (issue 18, deliverable 4), at the committee office's
// desk: its own ledger, exported from 统计 as a workbook, read back on 导入
// adds nothing (every item held). Then an older ledger of another shape —
// other headings in another order, the lead deputy under a heading no
// office uses, no category column, a number skipped — is mapped by the
// clerk (the choice remembered), previewed with its problems and its gap,
// and imported: its items are found in the suggestions list, accepted
// under their own numbers, their record naming the ledger and its row; the
// same file again adds nothing.
import { readFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import { test, expect, openDemo, atDesk } from './fixtures';

test('an existing ledger is mapped, previewed and imported once', async ({ page, consoleErrors }, info) => {
  test.setTimeout(300_000);
  await page.clock.setFixedTime(new Date('2026-12-01T09:00:00+08:00'));
  await openDemo(page);
  await atDesk(page, '代表工委');
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '统计' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('统计', { timeout: 30_000 });
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: /导出 Excel 工作簿/ }).click();
  const book = info.outputPath('本单位台账.xlsx');
  await (await downloading).saveAs(book);
  const sheet = XLSX.read(readFileSync(book)).Sheets['台账'];
  const ledger = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1, defval: '', raw: false });
  const held = ledger.length - 2;
  expect(held).toBeGreaterThan(0);

  // Our own ledger: every item is held already.
  await page.getByRole('link', { name: '导入已有台账' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('台账导入', { timeout: 30_000 });
  const file = page.getByLabel(/选择台账文件/);
  await file.setInputFiles(book);
  const preview = page.getByRole('region', { name: '台账预览' });
  await expect(preview).toContainText(`将新增 0 件建议，${held} 件本单位已有`, { timeout: 30_000 });
  await expect(preview.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('button', { name: '导入 0 件' })).toBeDisabled();

  // An older ledger: two items of a session (or recess) of the ledger,
  // answered and not, by a deputy and unit of the directory, numbered past
  // its last number with one number skipped.
  const replied = ledger.slice(2).find((r) => r[7] !== '' && !r[7].includes('、') && r[11] !== '' && r[12] !== '' && !r[12].includes('；') && r[8] === '')!;
  expect(replied).toBeTruthy();
  const session = replied[0];
  const last = Math.max(...ledger.slice(2).filter((r) => r[0] === session).map((r) => Number(r[1].match(/\d+/)![0])));
  const [first, second] = [last + 1, last + 3];
  const category = replied[6];
  const csv = [
    '序号,建议名称,编号,会议名称,牵头代表,承办部门,交办时间,办复日期,办理结果,代表评价',
    `1,关于台账导入甲事项的建议,${first},${session},${replied[4]},${replied[7]},${replied[9]},${replied[11]},${replied[12]},满意`,
    `2,关于台账导入乙事项的建议,${second},${session},${replied[4]},${replied[7]},${replied[9]},,,`,
  ].join('\r\n');
  const older = { name: '旧台账.csv', mimeType: 'text/csv', buffer: Buffer.from('\uFEFF' + csv) };
  // With one row that cannot be read, nothing is offered for import.
  await file.setInputFiles({ ...older, buffer: Buffer.from('\uFEFF' + csv + `\r\n3,关于另一事项的建议,${second + 1},第九届第九次会议,,,,,,` ) });
  await expect(preview.getByRole('alert')).toContainText('第4行“会议名称（届次）”：名册中没有会次“第九届第九次会议”');
  await expect(preview).toContainText('将新增 0 件建议');
  await expect(page.getByRole('button', { name: '导入', exact: true })).toBeDisabled();
  await file.setInputFiles(older);
  const mapping = page.getByRole('region', { name: '列的对应关系' });
  await expect(mapping.getByLabel('建议名称')).toHaveValue('标题');
  await expect(mapping.getByLabel('编号')).toHaveValue('案号');
  await expect(mapping.getByLabel('会议名称')).toHaveValue('届次');
  await expect(mapping.getByLabel('办复日期')).toHaveValue('答复日期');
  await expect(mapping.getByLabel('牵头代表')).toHaveValue('');
  await expect(mapping.getByLabel('序号')).toHaveValue('');
  // Unmapped, the lead deputy is missing on both rows, and so is the
  // category.
  const alert = preview.getByRole('alert');
  await expect(alert).toContainText('第2行“领衔代表”：领衔代表必填');
  await expect(alert).toContainText('第3行“类别”：类别为空');
  await expect(page.getByRole('button', { name: '导入', exact: true })).toBeDisabled();
  await mapping.getByLabel('牵头代表').selectOption({ label: '领衔代表' });
  await page.getByLabel('未填类别的建议归入').selectOption({ label: category });
  await expect(preview.getByRole('alert')).toHaveCount(0);
  await expect(preview).toContainText('将新增 2 件建议，0 件本单位已有');
  await expect(preview).toContainText(`缺第 ${first + 1} 号，共 1 个`);
  await expect(preview.getByRole('row', { name: /关于台账导入甲事项的建议/ })).toContainText('已答复');
  await expect(preview.getByRole('row', { name: /关于台账导入乙事项的建议/ })).toContainText('已交办');
  await page.screenshot({ path: info.outputPath('ledger-preview.png'), fullPage: true });
  await page.getByRole('button', { name: '导入 2 件' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已从台账“旧台账.csv”导入 2 件建议' })).toBeVisible();

  // The items, from the suggestions list: accepted under their numbers,
  // the record naming the ledger and its row.
  await page.goto('./suggestions.html#/suggestions');
  await page.getByLabel('关键词').fill('台账导入甲事项');
  await page.getByLabel('关键词').press('Enter');
  await page.getByRole('link', { name: '关于台账导入甲事项的建议' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`第${first}号`, { timeout: 30_000 });
  await expect(page.getByLabel('案由')).toHaveValue('关于台账导入甲事项的建议');
  await expect(page.getByText(`立案编号：第${first}号`)).toBeVisible();
  await expect(page.getByRole('cell', { name: '台账“旧台账.csv”第2行' })).toBeVisible();
  await expect(page.getByText('本件据台账“旧台账.csv”第2行于2026年12月1日导入（台账导入）')).toBeVisible();
  await expect(page.getByRole('complementary', { name: '随写随查' })).toHaveCount(0);
  await page.screenshot({ path: info.outputPath('ledger-item.png'), fullPage: true });

  // The same file again: the clerk's mapping is remembered, nothing is new.
  await page.goto('./ledger.html#/ledger');
  await page.getByLabel(/选择台账文件/).setInputFiles(older);
  await expect(page.getByRole('region', { name: '列的对应关系' }).getByLabel('牵头代表')).toHaveValue('领衔代表');
  await expect(page.getByLabel('未填类别的建议归入')).toHaveCount(0);
  await expect(page.getByRole('region', { name: '台账预览' })).toContainText('将新增 0 件建议，2 件本单位已有');
  expect(consoleErrors).toEqual([]);
});
