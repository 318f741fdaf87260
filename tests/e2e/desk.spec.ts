// The chosen desk decides the navigation and survives a reload; the URL
// still wins over it.
import { test, expect } from './fixtures';

test('the chosen desk is remembered and decides the navigation', async ({ page, consoleErrors }) => {
  await page.goto('./');
  const nav = page.getByRole('navigation', { name: '主导航' });
  await expect(nav.getByRole('link', { name: '名册' })).toBeVisible();

  await page.getByLabel('工作台').selectOption({ label: '代表' });
  await expect(nav.getByRole('link', { name: '起草建议' })).toBeVisible();
  await expect(nav.getByRole('link', { name: '名册' })).toHaveCount(0);

  await page.reload();
  await expect(page.getByLabel('工作台')).toHaveValue('deputy');
  await expect(nav.getByRole('link', { name: '名册' })).toHaveCount(0);

  await page.getByLabel('工作台').selectOption({ label: '公众' });
  await expect(nav.getByRole('link')).toHaveCount(1);
  // Desks are not access control: an address still opens its view.
  await page.goto('./#/settings');
  await expect(page.getByRole('heading', { level: 1, name: '设置' })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('工作台')).toHaveValue('public');
  await expect(page.getByRole('heading', { level: 1, name: '设置' })).toBeVisible();
  void consoleErrors;
});
