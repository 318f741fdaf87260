// Evaluation (issue 17): the committee office enters its October meeting's
// ballots — committee members and attending deputies, weighted 60/40 — and
// reads the formula and result of every unit on the big screen; the
// meeting page says what a unit below the line sent to second handling
// (the sending itself is tested in the core: meetings.rs).
// Then the congress's anonymous vote, entered twice: a typing error is
// shown and nothing is published until both entries agree.
import { test, expect, openDemo, atDesk } from './fixtures';

const at = (day: string) => new Date(`${day}T09:00:00+08:00`);

test('a committee meeting’s ballots give each unit its formula and result on the big screen', async ({ page, consoleErrors }, info) => {
  test.setTimeout(240_000);
  await page.clock.setFixedTime(at('2026-12-01'));
  await openDemo(page);
  await atDesk(page, '代表工委');
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '评议测评' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('评议测评', { timeout: 30_000 });
  // The demo's meeting, with one unit below the line.
  const meetings = page.getByRole('table', { name: '常委会满意度测评' });
  await expect(meetings.locator('tbody tr')).toHaveCount(1);
  await expect(meetings).toContainText('县人大常委会第二十三次会议');

  await page.getByRole('link', { name: '登记常委会测评' }).click();
  await expect(page.getByText('各占60%和40%')).toBeVisible();
  const form = page.getByRole('form', { name: '登记常委会测评' });
  await form.getByLabel('会议名称').fill('县人大常委会第二十五次会议');
  const names = await form.getByRole('table', { name: '测评票数' }).locator('tbody th').allInnerTexts();
  expect(names.slice(0, 4)).toEqual(['政府', '监委', '法院', '检察院']);
  const [a, b] = [names[4].trim(), names[5].trim()];
  const fill = async (name: string, m: number[], d: number[]) => {
    for (const [i, k] of ['满意', '基本满意', '不满意'].entries()) {
      await form.getByLabel(`${name}：组成人员${k}`, { exact: true }).fill(String(m[i]));
      await form.getByLabel(`${name}：列席代表${k}`, { exact: true }).fill(String(d[i]));
    }
  };
  // The seed's numbers: 80 % of the members, 60 % of the deputies.
  await fill(a, [6, 2, 2], [10, 8, 12]);
  // 40 % and 33.3 %: below 60 %.
  await fill(b, [2, 2, 6], [5, 5, 20]);
  await form.getByLabel('第1条审议意见的承办单位').selectOption({ label: b });
  await form.getByLabel('第1条审议意见', { exact: true }).fill('年底前完成二次办理并书面报告');
  await form.getByLabel('第1条审议意见的落实期限').fill('2026-12-31');
  await form.getByRole('button', { name: '保存测评结果' }).click();


  await expect(page.getByRole('heading', { level: 1 })).toHaveText('县人大常委会第二十五次会议');
  const results = page.getByRole('table', { name: '测评结果' });
  const rowA = results.locator('tbody tr', { hasText: a });
  const rowB = results.locator('tbody tr', { hasText: b });
  await expect(rowA).toContainText('满意6 基本满意2 不满意2');
  await expect(rowA).toContainText('60%×80.0%＋40%×60.0%＝72.0%');
  await expect(rowA.locator('td').last()).toHaveText('通过');
  await expect(rowB).toContainText('60%×40.0%＋40%×33.3%＝37.3%');
  await expect(rowB.locator('td').last()).toHaveText('不通过');
  await expect(page.getByRole('heading', { name: '交回二次办理' })).toBeVisible();
  await expect(page.locator('ol')).toContainText(`${b}：年底前完成二次办理并书面报告（2026年12月31日前落实）`);

  // The big screen for the projector: every unit at once.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.getByRole('link', { name: '大屏幕显示' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('县人大常委会第二十五次会议 满意度测评结果');
  await expect(page.getByText('综合结果＝60%×常委会组成人员＋40%×列席代表')).toBeVisible();
  const screen = page.getByRole('table', { name: '测评结果' });
  await expect(screen.locator('tbody tr')).toHaveCount(2);
  await expect(screen.locator('tbody tr', { hasText: a })).toContainText('72.0%');
  await expect(screen.locator('tbody tr', { hasText: b })).toContainText('不通过');
  await page.screenshot({ path: info.outputPath('meeting-screen.png') });

  // The opinion is a follow-up for the unit, green until its date.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByRole('link', { name: '← 返回' }).click();
  const opinions = page.getByRole('table', { name: '审议意见落实' });
  const mine = opinions.locator('tbody tr', { hasText: '年底前完成二次办理并书面报告' });
  await expect(mine).toContainText(b);
  await expect(mine).toContainText('2026年12月31日');
  await expect(mine.locator('.light')).toHaveText('绿');
  expect(consoleErrors).toEqual([]);
});

test('the congress’s anonymous vote is entered twice and published only when both agree', async ({ page, consoleErrors }, info) => {
  test.setTimeout(240_000);
  await page.clock.setFixedTime(at('2027-01-10'));
  await openDemo(page);
  await atDesk(page, '代表工委');
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '评议测评' }).click();
  await page.getByRole('link', { name: '大会测评计票' }).click();
  const form = page.getByRole('form', { name: '大会测评计票' });
  await form.getByLabel('会议名称').fill('县第十八届人民代表大会第三次会议');
  await form.getByLabel('到会代表人数').fill('200');
  await form.getByLabel('第一遍录入人').fill('孙敏');
  await form.getByLabel('第二遍录入人').fill('周丽');
  const counts: Record<string, number[]> = {
    政府: [150, 30, 20],
    监委: [170, 20, 10],
    法院: [160, 25, 15],
    检察院: [165, 25, 10],
  };
  for (const pass of [1, 2]) {
    for (const [organ, n] of Object.entries(counts)) {
      for (const [i, k] of ['满意', '基本满意', '不满意'].entries()) {
        const value = pass === 2 && organ === '法院' && k === '基本满意' ? 52 : n[i];
        await form.getByLabel(`第${pass}遍：${organ}${k}票`, { exact: true }).fill(String(value));
      }
    }
  }
  // The typing error is shown as it is typed, and saving is refused.
  await expect(form.getByRole('alert')).toContainText('两遍录入不一致：法院基本满意票');
  await form.getByRole('button', { name: '核对一致后保存并公布' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '“法院”的基本满意票，第一遍25张、第二遍52张' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('大会无记名满意度测评计票');

  await form.getByLabel('第2遍：法院基本满意票', { exact: true }).fill('25');
  await expect(form.getByText('两遍录入不一致')).toHaveCount(0);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await form.getByRole('button', { name: '核对一致后保存并公布' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('县第十八届人民代表大会第三次会议 无记名满意度测评结果');
  await expect(page.getByText('到会代表200人')).toBeVisible();
  const screen = page.getByRole('table', { name: '测评结果' });
  await expect(screen.locator('tbody tr', { hasText: '政府' })).toContainText('90.0%（180/200）');
  await expect(screen.locator('tbody tr', { hasText: '监委' })).toContainText('95.0%（190/200）');
  await expect(screen.locator('tbody tr', { hasText: '法院' })).toContainText('92.5%（185/200）');
  await expect(screen.locator('tbody tr', { hasText: '检察院' })).toContainText('95.0%（190/200）');
  await page.screenshot({ path: info.outputPath('vote-screen.png') });
  expect(consoleErrors).toEqual([]);
});
