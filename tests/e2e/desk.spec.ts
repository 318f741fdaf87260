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

test('each reviewing desk sees what waits for it on its home page', async ({ page, consoleErrors }) => {
  await page.goto('./');
  await page.getByRole('button', { name: '载入示范数据' }).click();
  await expect(page.getByRole('region', { name: '示范数据' })).toBeVisible();
  await page.getByLabel('工作台').selectOption({ label: '委室' });
  const work = page.getByRole('list', { name: '待办' });
  const link = work.getByRole('link', { name: /^待委室再审：\d+ 件$/ });
  await expect(link).toBeVisible();
  const n = Number(/(\d+)/.exec((await link.textContent()) ?? '')![1]);
  await link.click();
  await expect(page).toHaveURL(/#\/reviews\?step=committee$/);
  await expect(page.getByRole('status').filter({ hasText: `待委室再审共 ${n} 件` })).toBeVisible();
  void consoleErrors;
});
