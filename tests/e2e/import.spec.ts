// A clerk downloads the deputies template, imports a file with two bad
// rows, reads both errors by row and column, fixes the file, imports it,
// and finds the deputies in the table.
import { readFileSync } from 'node:fs';
import { test, expect, openDemo } from './fixtures';

test('import deputies: template, two bad rows, fix, import', async ({ page, consoleErrors }) => {
  await openDemo(page);
  await page.goto('./#/directories/deputies');
  await page.getByText('从文件导入代表').click();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载代表导入模板' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('代表导入模板.csv');
  const template = readFileSync(await download.path(), 'utf8');
  expect(template.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('姓名,代表团,性别,届别,联系电话,家站点');

  const header = '姓名,代表团,性别,届别,联系电话,家站点\r\n';
  const bad = header +
    '欧阳明,城关镇代表团,男,第十五届,13900002001,城关镇人大代表联络站\r\n' +
    '司马青,新城镇代表团,女,第十五届,,\r\n' +
    '诸葛亮亮,东关镇代表团,未知,第十五届,,\r\n';
  await page.getByLabel('选择文件').setInputFiles({ name: '代表.csv', mimeType: 'text/csv', buffer: Buffer.from('\uFEFF' + bad) });
  const preview = page.getByRole('region', { name: '导入预览' });
  await expect(preview).toBeVisible();
  const alert = preview.getByRole('alert');
  await expect(alert).toContainText('发现 2 处问题');
  await expect(alert).toContainText('第3行“代表团”：代表团“新城镇代表团”不存在');
  await expect(alert).toContainText('第4行“性别”：“未知”应为“男”或“女”');
  await expect(preview.getByRole('button', { name: '全部导入（3 条）' })).toBeDisabled();

  const fixed = header +
    '欧阳明,城关镇代表团,男,第十五届,13900002001,城关镇人大代表联络站\r\n' +
    '司马青,南湖乡代表团,女,第十五届,,\r\n' +
    '诸葛亮亮,东关镇代表团,男,第十五届,,\r\n';
  await page.getByLabel('选择文件').setInputFiles({ name: '代表.csv', mimeType: 'text/csv', buffer: Buffer.from(fixed) });
  await expect(preview.getByRole('alert')).toHaveCount(0);
  await preview.getByRole('button', { name: '全部导入（3 条）' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已导入 3 条记录' })).toBeVisible();

  await expect(page.getByText('共 43 名代表')).toBeVisible();
  const row = page.getByRole('row', { name: /司马青/ });
  await expect(row).toContainText('南湖乡代表团');
  await page.reload();
  await expect(page.getByRole('row', { name: /欧阳明/ })).toContainText('城关镇人大代表联络站');
  void consoleErrors;
});

test('an old .xls file is refused with the way forward', async ({ page, consoleErrors }) => {
  await page.goto('./#/directories/units');
  await page.getByText('从文件导入承办单位').click();
  await page.getByLabel('选择文件').setInputFiles({ name: '单位.xls', mimeType: 'application/vnd.ms-excel', buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0]) });
  await expect(page.getByRole('alert')).toContainText('另存为');
  void consoleErrors;
});
