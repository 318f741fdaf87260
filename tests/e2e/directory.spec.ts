// The eight directories share one form and one table. Categories are a
// directory with ids: renaming one keeps every suggestion filed under it.
import { test, expect, openDemo } from './fixtures';

test('rename a category: the suggestions filed under it follow, the filter still finds them', async ({ page, consoleErrors }) => {
  await openDemo(page);

  await page.getByRole('link', { name: '建议', exact: true }).click();
  await page.getByLabel('类别').selectOption({ label: '道路交通' });
  const filed = await page.locator('tbody tr').count();
  expect(filed).toBeGreaterThan(0);

  await page.goto('./#/directories/categories');
  await page.getByRole('button', { name: '修改道路交通' }).click();
  await expect(page.getByLabel('修改类别名称')).toBeFocused();
  await expect(page.getByLabel('修改类别名称')).toHaveValue('道路交通');
  await page.getByLabel('修改类别名称').fill('交通运输');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
  const row = page.getByRole('row', { name: /交通运输/ });
  await expect(row.getByRole('cell').first()).toHaveText(String(filed));
  await expect(page.getByRole('rowheader', { name: '道路交通' })).toHaveCount(0);

  await page.getByRole('link', { name: '建议', exact: true }).click();
  await page.getByLabel('类别').selectOption({ label: '交通运输' });
  await expect(page.locator('tbody tr')).toHaveCount(filed);
  for (const cell of await page.locator('tbody tr td:nth-child(5)').allTextContents()) {
    expect(cell).toBe('交通运输');
  }
  void consoleErrors;
});

test('edit a deputy: only what changed is saved, the private phone stays in its column', async ({ page, consoleErrors }) => {
  await openDemo(page);
  await page.goto('./#/directories/deputies');
  const first = page.locator('tbody tr').first();
  const name = (await first.getByRole('rowheader').textContent())!.trim();
  await first.getByRole('button', { name: new RegExp(`^修改${name}`) }).click();
  await expect(page.getByLabel('修改代表姓名')).toHaveValue(name);
  await page.getByLabel('届别').fill('第十六届');
  await page.getByLabel('联系电话（不公开）').fill('13812345678');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
  const row = page.locator('tbody tr').first();
  await expect(row.getByRole('rowheader')).toHaveText(name);
  await expect(row).toContainText('第十六届');
  await expect(row).toContainText('13812345678');
  // Saving the same values again changes nothing and says so.
  await row.getByRole('button', { name: new RegExp(`^修改${name}`) }).click();
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('alert')).toContainText('内容没有变化');
  void consoleErrors;
});
