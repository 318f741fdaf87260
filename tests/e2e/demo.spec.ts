// The demo county is one click away, lives apart from the real data, and
// its list keeps its filters and order in the URL.
import { test, expect, openDemo } from './fixtures';

test('load the demo county, filter and sort the list, reload, leave it', async ({ page, consoleErrors }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { name: '欢迎使用建议通' })).toBeVisible();
  await page.getByRole('button', { name: '载入示范数据' }).click();

  const banner = page.getByRole('region', { name: '示范数据' });
  // Building the county's 120 items and both offices' packets takes some
  // seconds on a slow machine (openDemo waits as long).
  await expect(banner).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('banner')).toContainText('示范县人大常委会代表工作委员会');

  await page.getByRole('link', { name: '建议', exact: true }).click();
  // 100 items, 19 raised in recess and already assigned (issues 13 and
  // 14), and one more merged into one of those.
  await expect(page.getByText('共 120 件')).toBeVisible();
  await expect(page.getByRole('row')).toHaveCount(121);

  // Categories are a directory with ids: the URL names the category by its
  // id, so renaming it keeps every bookmark.
  await page.getByLabel('类别').selectOption({ label: '道路交通' });
  await expect(page).toHaveURL(/category=[0-9a-f-]{36}/);
  const filtered = await page.getByRole('row').count();
  expect(filtered).toBeGreaterThan(1);
  expect(filtered).toBeLessThan(121);
  for (const cell of await page.locator('tbody tr td:nth-child(5)').allTextContents()) {
    expect(cell).toBe('道路交通');
  }

  await page.getByRole('link', { name: '案由' }).click();
  await expect(page).toHaveURL(/sort=title/);
  await expect(page.getByRole('columnheader', { name: /案由/ })).toHaveAttribute('aria-sort', 'ascending');

  await page.reload();
  await expect(page.getByRole('row')).toHaveCount(filtered);
  await expect(page.getByLabel('类别').locator('option:checked')).toHaveText('道路交通');
  await expect(page.getByRole('columnheader', { name: /案由/ })).toHaveAttribute('aria-sort', 'ascending');

  await banner.getByRole('button', { name: '返回本单位数据' }).click();
  await expect(page.getByRole('region', { name: '示范数据' })).toHaveCount(0);
  await page.goto('./#/');
  await expect(page.getByRole('heading', { name: '欢迎使用建议通' })).toBeVisible();
  void consoleErrors;
});

test('clearing the demo county leaves the real data untouched', async ({ page, consoleErrors }) => {
  await page.goto('./#/directories/delegations');
  await page.getByLabel('新增代表团').fill('真实代表团');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('rowheader', { name: '真实代表团' })).toBeVisible();

  await page.goto('./#/');
  await page.reload();
  // The office is not set up yet, but data exists: the overview shows.
  await page.goto('./settings.html#/settings');
  await expect(page.getByText('本单位数据（数据库 jianyi）')).toBeVisible();
  await page.evaluate(() => localStorage.setItem('jianyi.demo', 'true'));
  await page.reload();
  await expect(page.getByRole('region', { name: '示范数据' })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: '清除示范数据' }).click();
  await expect(page.getByRole('region', { name: '示范数据' })).toHaveCount(0);
  await page.goto('./#/directories/delegations');
  await expect(page.getByRole('rowheader', { name: '真实代表团' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: '城关镇代表团' })).toHaveCount(0);
  void consoleErrors;
});

test('the list filters by stage of life, kept in the URL', async ({ page, consoleErrors }) => {
  await openDemo(page);
  await page.goto('./#/suggestions');
  await page.getByLabel('状态').selectOption({ label: '已立案' });
  await expect(page).toHaveURL(/stage=accepted/);
  const stages = await page.locator('tbody tr td:nth-child(9)').allTextContents();
  expect(stages.length).toBeGreaterThan(0);
  // An accepted item once assigned says who handles it, with its colour.
  for (const s of stages) expect(s).toMatch(/^(已立案|[红黄绿] 已交办：.+（(主办|分办)）)/);
  for (const n of await page.locator('tbody tr td:nth-child(10)').allTextContents()) expect(n).toMatch(/第\d+号$/);
  await page.reload();
  await expect(page.getByLabel('状态')).toHaveValue('accepted');
  void consoleErrors;
});
