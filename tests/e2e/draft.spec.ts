// A clerk sets up the office, keys in a delegation and a deputy, drafts a
// suggestion, reloads, and finds it where it was.
import { test, expect } from './fixtures';

test('set up the office and directories, create a draft, reload, it is still there', async ({ page, consoleErrors }) => {
  await page.goto('./');
  await page.getByLabel('单位名称').fill('某县人大常委会代表工作委员会');
  await page.getByLabel('行政区域').fill('某县');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('banner')).toContainText('某县人大常委会代表工作委员会');

  await page.getByRole('link', { name: '名册' }).click();
  await page.getByRole('link', { name: '代表团' }).click();
  await page.getByLabel('新增代表团').fill('城关镇代表团');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('rowheader', { name: '城关镇代表团' })).toBeVisible();

  // A duplicate is refused with a reason that names it.
  await page.getByLabel('新增代表团').fill('城关镇代表团');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('alert')).toContainText('已有名为“城关镇代表团”的代表团');

  await page.getByRole('link', { name: '会次' }).click();
  await page.getByLabel('新增会次名称').fill('第十五届人民代表大会第三次会议');
  await page.getByLabel('开幕日期').fill('2027-01-10');
  await page.getByLabel('闭幕日期').fill('2027-01-13');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('rowheader', { name: '第十五届人民代表大会第三次会议' })).toBeVisible();

  await page.getByRole('tab', { name: '代表' }).or(page.locator('.tabs').getByRole('link', { name: '代表', exact: true })).click();
  await page.getByLabel('新增代表姓名').fill('王伟');
  await page.getByLabel('所属代表团').selectOption({ label: '城关镇代表团' });
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('rowheader', { name: '王伟' })).toBeVisible();

  await page.getByRole('link', { name: '起草建议' }).click();
  await page.getByLabel('案由').fill('关于改善城关镇老旧小区道路的建议');
  await page.getByLabel('案据').fill('城关镇多个老旧小区道路破损严重，雨天积水，群众出行不便。');
  await page.getByLabel('建议', { exact: true }).fill('将老旧小区道路纳入年度改造计划。');
  await page.getByLabel('类别').selectOption('城市建设');
  await page.getByLabel('领衔代表').selectOption({ label: '王伟' });
  await page.getByRole('button', { name: '保存草稿' }).click();
  await expect(page).toHaveURL(/#\/suggestions\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: '建议' })).toBeVisible();

  await page.reload();
  await expect(page.getByLabel('案由')).toHaveValue('关于改善城关镇老旧小区道路的建议');
  await expect(page.getByLabel('对策')).toHaveValue('');

  // Edit it: the revision count goes up and survives a reload.
  await page.getByLabel('对策').fill('由住建部门牵头摸底，分批实施。');
  await page.getByRole('button', { name: '保存草稿' }).click();
  await expect(page.getByRole('status').filter({ hasText: '草稿已保存' })).toBeVisible();
  await page.reload();
  await expect(page.getByText('已修改 1 次')).toBeVisible();

  await page.getByRole('link', { name: '建议', exact: true }).click();
  await expect(page.getByRole('link', { name: '关于改善城关镇老旧小区道路的建议' })).toBeVisible();
  await expect(page.getByText('共 1 件')).toBeVisible();
  void consoleErrors;
});

test('a draft without a title is refused and nothing is stored', async ({ page, consoleErrors }) => {
  await page.goto('./#/directories/delegations');
  await page.getByLabel('新增代表团').fill('城关镇代表团');
  await page.getByRole('button', { name: '保存' }).click();
  await page.goto('./#/directories/deputies');
  await page.getByLabel('新增代表姓名').fill('王伟');
  await page.getByLabel('所属代表团').selectOption({ label: '城关镇代表团' });
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('rowheader', { name: '王伟' })).toBeVisible();

  await page.goto('./#/suggestions/new');
  await page.getByLabel('案由').fill('   ');
  await page.getByLabel('类别').selectOption('教育');
  await page.getByLabel('领衔代表').selectOption({ label: '王伟' });
  await page.getByRole('button', { name: '保存草稿' }).click();
  await expect(page.getByRole('alert')).toContainText('请填写“案由”');
  await page.goto('./#/suggestions');
  await expect(page.getByText('共 0 件')).toBeVisible();
  void consoleErrors;
});
