// Evaluation (issue 17): a lead deputy's satisfaction survey below 80 %
// keyed in at the committee office sets its tasks in motion — the report
// to the committee, the unit's written explanation, the rectification due
// a calendar month later, the re-survey — each done at the desk whose work
// it is, until the re-survey at the deputy desk passes.
import { test, expect, openDemo, atDesk } from './fixtures';

const at = (day: string) => new Date(`${day}T09:00:00+08:00`);

test('a survey below 80 % is reported, explained, rectified and surveyed again', async ({ page, consoleErrors }) => {
  test.setTimeout(240_000);
  await page.clock.setFixedTime(at('2026-12-01'));
  await openDemo(page);
  await atDesk(page, '代表工委');
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '满意度测评' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('满意度测评', { timeout: 30_000 });
  await expect(page.getByText('满意率低于80%的')).toBeVisible();
  // The demo's surveys: one rectified and surveyed again, one with its
  // tasks open, one at exactly 80 %.
  const history = page.getByRole('table', { name: '测评记录' });
  await expect(history.locator('tbody tr')).toHaveCount(4);
  await expect(history.getByText('（重新测评）')).toHaveCount(1);
  await expect(history.getByText('低于80%，须整改')).toHaveCount(2);
  const surveyed = await history.locator('tbody tr td:nth-child(2)').allInnerTexts();
  await page.getByRole('link', { name: '登记测评' }).click();

  // The survey sheet of a replied item not surveyed yet: 3 of 5 satisfied.
  const form = page.getByRole('form', { name: '登记测评' });
  const item = form.getByLabel('测评的建议（已答复）');
  const options = (await item.locator('option').allInnerTexts()).slice(1);
  const label = options.find((o) => !surveyed.some((t) => o.includes(t.trim())))!;
  await item.selectOption({ label });
  const title = label.trim().split(' ').slice(1).join(' ');
  const people = [['周明', '满意'], ['吴芳', '满意'], ['郑强', '基本满意'], ['王丽', '不满意'], ['冯涛', '不满意']];
  for (const [i, [name, rating]] of people.entries()) {
    await form.getByLabel(`第${i + 1}位姓名`).fill(name);
    await form.getByRole('group', { name: `第${i + 1}位评价` }).getByLabel(rating, { exact: true }).check();
  }
  await form.getByRole('button', { name: '保存测评' }).click();
  await expect(page.getByRole('status').filter({ hasText: '测评已登记' })).toBeVisible();
  await expect(page.locator('.timeline')).toContainText('5人参加：满意2、基本满意1、不满意2；满意率60.0%（3/5）');
  await expect(page.locator('.timeline')).toContainText('低于80%，整改期限2027年1月1日');

  // Its tasks, each with its colour and due date.
  await page.getByRole('link', { name: '← 满意度测评' }).click();
  const tasks = page.getByRole('table', { name: '整改事项' });
  const mine = tasks.locator('tbody tr', { hasText: title });
  await expect(mine).toHaveCount(4);
  await expect(mine.filter({ hasText: '承办单位整改' })).toContainText('按期落实中（期限2027年1月1日）');
  await expect(mine.filter({ hasText: '重新测评' })).toContainText('整改完成后重新测评');

  // The lead deputy's report, recorded by the committee office.
  await tasks.getByLabel(`完成情况：向常委会报告：${title}`).fill('领衔代表已书面报告代表工委');
  await tasks.getByRole('form', { name: `向常委会报告：${title}` }).getByRole('button', { name: '完成' }).click();
  await expect(page.getByRole('status').filter({ hasText: '“向常委会报告”已完成' })).toBeVisible();

  // The unit explains and rectifies, at its desk, on 20 December.
  await page.clock.setFixedTime(at('2026-12-20'));
  await page.reload();
  await atDesk(page, '承办单位');
  await expect(tasks.getByRole('form', { name: `向常委会报告：${title}` })).toHaveCount(0);
  await tasks.getByLabel(`完成情况：承办单位书面说明：${title}`).fill('书面说明：资金下达延后，工期顺延');
  await tasks.getByRole('form', { name: `承办单位书面说明：${title}` }).getByRole('button', { name: '完成' }).click();
  await expect(page.getByRole('status').filter({ hasText: '“承办单位书面说明”已完成' })).toBeVisible();
  await tasks.getByLabel(`完成情况：承办单位整改：${title}`).fill('已完成整改，设施投入使用');
  await tasks.getByRole('form', { name: `承办单位整改：${title}` }).getByRole('button', { name: '完成' }).click();
  await expect(page.getByRole('status').filter({ hasText: '“承办单位整改”已完成' })).toBeVisible();
  await expect(mine.filter({ hasText: '重新测评' })).toContainText('整改已完成，待重新测评');

  // The re-survey, with the lead deputy at the deputy desk: all satisfied.
  await atDesk(page, '代表');
  await mine.getByRole('link', { name: '重新测评' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('重新测评');
  await form.getByRole('radio', { name: '领衔代表本人在场填写' }).check();
  for (const [i, [name]] of people.entries()) {
    await form.getByLabel(`第${i + 1}位姓名`).fill(name);
    await form.getByRole('group', { name: `第${i + 1}位评价` }).getByLabel('满意', { exact: true }).check();
  }
  await form.getByRole('button', { name: '保存测评' }).click();
  await expect(page.getByRole('status').filter({ hasText: '测评已登记' })).toBeVisible();
  await expect(page.locator('.timeline li')).toHaveCount(2);
  await expect(page.locator('.timeline li').nth(1)).toContainText('满意率100.0%（5/5）');
  await page.getByRole('link', { name: '← 满意度测评' }).click();
  await expect(mine.filter({ hasText: '重新测评' })).toContainText('2026年12月20日重新测评');
  const ours = history.locator('tbody tr', { hasText: title });
  await expect(ours).toHaveCount(2);
  await expect(ours.first()).toContainText('100.0%（5/5）');
  await expect(ours.first()).toContainText('（重新测评）');
  await expect(ours.nth(1)).toContainText('60.0%（3/5）');
  await expect(ours.nth(1)).toContainText('低于80%，须整改');
  expect(consoleErrors).toEqual([]);
});
