// Views are addressed by the URL hash; a reload or a bookmark opens the same
// view, whether the app is served at the root or under a sub-path.
import { test, expect } from './fixtures';

test('the home page shows the product in Chinese', async ({ page, consoleErrors }) => {
  await page.goto('./');
  await expect(page.getByRole('banner')).toContainText('建议通');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('欢迎使用建议通');
  await expect(page.getByRole('link', { name: '首页' })).toHaveAttribute('aria-current', 'page');
  void consoleErrors;
});

test('a view opened by its hash survives a reload', async ({ page, consoleErrors }) => {
  await page.goto('./#/settings');
  await expect(page.getByRole('heading', { level: 1, name: '设置' })).toBeVisible();
  await expect(page.getByRole('link', { name: '设置' })).toHaveAttribute('aria-current', 'page');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: '设置' })).toBeVisible();
  await expect(page.getByRole('cell', { name: '3个月' }).first()).toBeVisible();
  void consoleErrors;
});

test('the navigation changes the hash and back returns', async ({ page, consoleErrors }) => {
  await page.goto('./');
  await page.getByRole('link', { name: '设置' }).click();
  await expect(page).toHaveURL(/#\/settings$/);
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
