// Figures (issue 18): the committee office opens 统计 from its desk, reads
// each rate beside its definition and counts, sees the charts filled, and
// switches the scope from the year to a session.
import { test, expect, openDemo, atDesk } from './fixtures';

const at = (day: string) => new Date(`${day}T09:00:00+08:00`);

test('the statistics page shows the figures with their definitions and charts, by year or session', async ({ page, consoleErrors }, info) => {
  test.setTimeout(240_000);
  await page.clock.setFixedTime(at('2026-12-01'));
  await openDemo(page);
  await atDesk(page, '代表工委');
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '统计' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('统计', { timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 2 })).toContainText('2026年提出的建议（截至2026年12月1日）');
  const main = page.getByRole('table', { name: '主要指标' });
  await expect(main.locator('tbody tr')).toHaveCount(6);
  for (const name of ['按期办复率', '满意率（办理结果，满意＋基本满意）', '满意率（办理结果，仅满意）', '解决率']) {
    const row = main.locator('tbody tr', { has: page.getByRole('rowheader', { name, exact: true }) });
    // A percentage with one decimal and its counts, or a dash of nothing.
    await expect(row.locator('td').first()).toHaveText(/^(\d+\.\d%|—)（\d+\/\d+）$/);
    await expect(row.locator('td').last()).not.toBeEmpty();
  }
  // The stages add up to the items.
  const lead = await page.locator('.lead').first().innerText();
  const items = Number(lead.match(/共(\d+)件/)![1]);
  const stages = page.getByRole('table', { name: '按办理阶段' });
  await expect(stages.locator('tfoot td')).toHaveText(String(items));
  // Six charts, each drawn.
  const charts = page.locator('figure.chart');
  await expect(charts).toHaveCount(6);
  for (const c of await charts.all()) {
    await expect(c.locator('svg')).toHaveCount(1);
  }
  await expect(page.locator('figure[aria-label="承办件数最多的单位图表"]')).toContainText('主办（分办）');
  await page.screenshot({ path: info.outputPath('figures.png'), fullPage: true });
  await page.locator('.charts').screenshot({ path: info.outputPath('charts.png') });

  // Another scope: the recess items.
  await page.getByLabel('统计范围').selectOption({ label: '闭会期间的建议' });
  await expect(page).toHaveURL(/figures\?session=recess/);
  await expect(page.getByRole('heading', { level: 2 })).toContainText('闭会期间（截至2026年12月1日）');
  expect(consoleErrors).toEqual([]);
});
