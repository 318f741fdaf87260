// Views are addressed by the URL hash; a reload or a bookmark opens the same
// view, whether the app is served at the root or under a sub-path.
import { test, expect, openDemo } from './fixtures';

test('the home page shows the product in Chinese', async ({ page, consoleErrors }) => {
  await page.goto('./');
  await expect(page.getByRole('banner')).toContainText('建议通');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('欢迎使用建议通');
  await expect(page.getByRole('link', { name: '首页' })).toHaveAttribute('aria-current', 'page');
  void consoleErrors;
});

test('a view opened by its hash survives a reload', async ({ page, consoleErrors }) => {
  // A bookmark from before 设置 had its own page is forwarded there.
  await page.goto('./#/settings');
  await expect(page).toHaveURL(/settings\.html#\/settings$/);
  await expect(page.getByRole('heading', { level: 1, name: '设置' })).toBeVisible();
  await expect(page.getByRole('link', { name: '设置' })).toHaveAttribute('aria-current', 'page');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: '设置' })).toBeVisible();
  await expect(page.getByRole('cell', { name: '3个月' }).first()).toBeVisible();
  void consoleErrors;
});

test('the navigation opens another page\'s view and back returns', async ({ page, consoleErrors }) => {
  await page.goto('./');
  await page.getByRole('link', { name: '设置' }).click();
  await expect(page).toHaveURL(/settings\.html#\/settings$/);
  await expect(page.getByRole('heading', { level: 1, name: '设置' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('欢迎使用建议通');
  void consoleErrors;
});

test('an unknown hash says so and links home', async ({ page, consoleErrors }) => {
  await page.goto('./#/no-such-view');
  await expect(page.getByRole('heading', { name: '没有这个页面' })).toBeVisible();
  await page.getByRole('link', { name: '返回首页' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('欢迎使用建议通');
  void consoleErrors;
});

test('each group of screens is its own page: a link to another page loads it, an old bookmark is forwarded with its filters', async ({ page, consoleErrors }) => {
  await openDemo(page);

  // A bookmark from before the split names the list on the index page.
  await page.goto('./#/suggestions?stage=accepted');
  await expect(page).toHaveURL(/suggestions\.html#\/suggestions\?stage=accepted$/);
  await expect(page.getByLabel('状态').locator('option:checked')).toHaveText('已立案');
  const rows = page.locator('tbody tr');
  await expect(rows.first()).toBeVisible();

  // An item opens its own page; back returns to the list with its filter.
  await rows.first().getByRole('link').first().click();
  await expect(page).toHaveURL(/item\.html#\/suggestions\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('region', { name: '审查' })).toContainText('已立案');
  await page.goBack();
  await expect(page).toHaveURL(/suggestions\.html#\/suggestions\?stage=accepted$/);
  await expect(page.getByLabel('状态').locator('option:checked')).toHaveText('已立案');

  // Within one page the hash changes and nothing reloads: a filter set on
  // the page survives in the page's own state.
  await page.evaluate(() => { (window as unknown as { marker: number }).marker = 42; });
  await page.getByLabel('状态').selectOption({ label: '草稿' });
  await expect(page).toHaveURL(/stage=draft/);
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);

  // The header links lead to the other pages.
  await page.getByRole('link', { name: '名册' }).click();
  await expect(page).toHaveURL(/directories\.html#\/directories\/deputies$/);
  await expect(page.getByRole('heading', { level: 1, name: '名册' })).toBeVisible();
  void consoleErrors;
});
