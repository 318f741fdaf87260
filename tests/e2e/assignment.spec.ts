// 交办 and the clocks (issue 13), in two browsers passing files, with the
// app's date moved by the browser's clock (never waited for). The demo
// county's committee office assigns an accepted item to 县交通运输局 with
// 县财政局 as co-unit on 1 December 2026; a new unit's copy takes the
// committee's packet, binds itself to its unit and finds the item in its
// inbox as 主办 with its deadline (1 March 2027) explained; a return asked
// on 9 December, one working day after its window closed on the 8th, is
// refused naming that day; the unit signs for it and sends its packet; the
// committee office's warning board shows the item yellow while the co-unit
// has not signed for it, green once its paper receipt is keyed in, yellow
// when the co-unit's opinion is late until it is keyed in from paper,
// yellow after 30 days without progress, then red past its deadline.
import type { Page } from '@playwright/test';
import { test, expect, openDemo, exportTo, atDesk } from './fixtures';

const LEAD = '县交通运输局';
const CO = '县财政局';
const at = (day: string) => new Date(`${day}T09:00:00+08:00`);

/** Imports a first packet from an office not yet trusted: the clerk has
 * compared its fingerprint by phone. */
async function importFirst(page: Page, file: string) {
  await page.goto('./import.html#/import');
  await page.getByLabel('选择交换包文件（也可把文件拖到此处）').setInputFiles(file);
  const preview = page.getByRole('region', { name: '导入预览' });
  await expect(preview).toBeVisible({ timeout: 30_000 });
  await preview.getByLabel(/已与对方电话核对上面的密钥指纹/).check();
  await page.getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已导入' })).toBeVisible();
}


test('the committee office assigns, the unit signs for it through packets, a late return is refused, the board turns yellow then red', async ({ page, browser, consoleErrors }, info) => {
  test.setTimeout(300_000);
  const committee = page;
  await committee.clock.setFixedTime(at('2026-12-01'));
  const baseURL = info.project.use.baseURL!;
  const unitContext = await browser.newContext({ baseURL, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const unit = await unitContext.newPage();
  await unit.clock.setFixedTime(at('2026-12-01'));
  const unitErrors: string[] = [];
  unit.on('console', (m) => { if (m.type() === 'error') unitErrors.push(m.text()); });
  unit.on('pageerror', (e) => unitErrors.push(String(e)));

  // The committee office's 交办 page: the accepted items waiting for
  // their units; the first one goes to 县交通运输局 with 县财政局.
  await openDemo(committee);
  await atDesk(committee, '代表工委');
  await committee.goto('./handling.html#/assign');
  await expect(committee.getByRole('heading', { name: '交办', exact: true })).toBeVisible();
  const waiting = committee.getByRole('status').filter({ hasText: '待交办共' });
  await expect(waiting).toContainText(/待交办共 [1-9]\d* 件/);
  const before = Number((await waiting.textContent())!.match(/待交办共 (\d+) 件/)![1]);
  const firstBox = committee.getByRole('checkbox', { name: /^选择：/ }).first();
  const title = (await firstBox.getAttribute('aria-label'))!.replace('选择：', '');
  await firstBox.check();
  const form = committee.getByRole('form', { name: '交办所选建议' });
  await expect(form.getByLabel(/业务日期/)).toHaveValue('2026-12-01');
  await form.getByLabel('主办单位').selectOption({ label: LEAD });
  await form.getByRole('checkbox', { name: CO }).check();
  await form.getByRole('button', { name: '交办所选（1 件）' }).click();
  await expect(committee.getByRole('status').filter({ hasText: '已交办' })).toHaveText('已交办 1 件');
  await expect(waiting).toContainText(`待交办共 ${before - 1} 件`);
  // The item and the deputy's list say who handles it.
  await committee.getByRole('link', { name: `${LEAD}的交办清单` }).click();
  await expect(committee.getByRole('heading', { name: '代表建议交办清单' })).toBeVisible();
  const listRow = committee.getByRole('row', { name: new RegExp(title) });
  await expect(listRow).toContainText('主办');
  await expect(listRow).toContainText(`${CO}（协办）`);
  await expect(listRow).toContainText('自2026年12月1日交办起3个月，至2027年3月1日');

  // A new unit's copy: its profile, then the committee office's packet.
  const toAll = await exportTo(committee, info, '交换包：不指定接收单位', 'committee-assigned.json');
  expect(JSON.stringify(toAll.packet.events)).toContain('"assigned"');
  await unit.goto('./settings.html#/settings');
  const profile = unit.getByRole('form', { name: '本机单位' });
  await profile.getByLabel('单位名称').fill(LEAD);
  await profile.getByLabel('行政区域').fill('示范县');
  await profile.getByLabel('单位类型').selectOption({ label: '承办单位' });
  await profile.getByRole('button', { name: '保存' }).click();
  await expect(profile.getByRole('status')).toContainText('本机单位已保存');
  await importFirst(unit, toAll.file);
  // Now that the directory came in, it names its unit.
  await unit.goto('./settings.html#/settings');
  await profile.getByLabel('本单位是').selectOption({ label: LEAD });
  await profile.getByRole('button', { name: '保存' }).click();
  await expect(profile.getByRole('status')).toContainText('本机单位已保存');

  // The unit's inbox: the item as 主办, its deadline explained on demand.
  await atDesk(unit, '承办单位');
  await unit.goto('./handling.html#/inbox');
  await expect(unit.getByText(`本机为“${LEAD}”的承办单位工作台。`)).toBeVisible();
  const lead = unit.getByRole('region', { name: /^主办/ });
  const row = lead.getByRole('row', { name: new RegExp(title) });
  await expect(row).toContainText('2027年3月1日');
  await row.getByText('2027年3月1日（还有90天）').click();
  await expect(row.getByText('自2026年12月1日交办起3个月，至2027年3月1日')).toBeVisible();
  await expect(row).toContainText('可申请至2026年12月8日');

  // 9 December: one working day after the return window closed.
  await unit.clock.setFixedTime(at('2026-12-09'));
  await unit.reload();
  await row.getByRole('button', { name: `申请退办：${title}` }).click();
  const ask = unit.getByRole('form', { name: '申请退办' });
  await ask.getByLabel('退办理由').fill('该路段属城市道路，应由县城市管理局承办');
  await ask.getByRole('button', { name: '提交退办申请' }).click();
  await expect(unit.getByRole('status').or(unit.getByRole('alert')).filter({ hasText: '申请退办的期限已于2026年12月8日届满' })).toBeVisible();
  // It signs for it instead.
  await row.getByRole('button', { name: `签收：${title}` }).click();
  await expect(row).toContainText('已于2026年12月9日签收');
  const back = await exportTo(unit, info, `交换包：发给${toAll.packet.from.name}（代表工委）`, 'unit-signed.json');
  expect(back.packet.events.length).toBeGreaterThan(0);

  // The committee office takes the unit's packet and watches the board.
  await committee.clock.setFixedTime(at('2026-12-10'));
  await importFirst(committee, back.file);
  const board = async (day: string) => {
    await committee.clock.setFixedTime(at(day));
    await committee.goto('./handling.html#/warnings');
    await committee.getByLabel('承办单位').selectOption({ label: LEAD });
    return committee.getByRole('row', { name: new RegExp(title) });
  };
  // 县财政局, the co-unit, has not signed for it by the end of its
  // return window: flagged to the office.
  let line = await board('2026-12-10');
  await expect(line.getByRole('cell').first()).toHaveText('黄');
  await expect(line).toContainText(`${CO}逾期未签收（退办期限2026年12月8日已过）`);
  // Its receipt comes on paper: keyed in at the committee office.
  await committee.goto('./handling.html#/inbox');
  await committee.getByLabel('承办单位', { exact: true }).selectOption({ label: CO });
  const coRow = committee.getByRole('region', { name: /^协办/ }).getByRole('row', { name: new RegExp(title) });
  await coRow.getByRole('button', { name: `签收：${title}` }).click();
  await expect(coRow).toContainText('已于2026年12月10日签收');
  line = await board('2026-12-10');
  await expect(line.getByRole('cell').first()).toHaveText('绿');
  await expect(line).toContainText('按期办理中（期限2027年3月1日）');
  // The co-unit's written opinion is due a month after the assignment:
  // late on 2 January, yellow for it alone.
  line = await board('2027-01-02');
  await expect(line.getByRole('cell').first()).toHaveText('黄');
  await expect(line).toContainText(`${CO}的协办意见逾期未送（期限2027年1月1日）`);
  // It comes on paper, dated 10 December: keyed in on the item's 办理 page.
  await committee.clock.setFixedTime(at('2027-01-02'));
  await committee.goto('./handling.html#/inbox');
  await committee.getByLabel('承办单位', { exact: true }).selectOption({ label: CO });
  await committee.getByRole('region', { name: /^协办/ }).getByRole('link', { name: `办理：${title}` }).click();
  await expect(committee.getByRole('heading', { name: '办理', exact: true })).toBeVisible();
  await committee.getByLabel(/业务日期/).fill('2026-12-10');
  await committee.getByRole('button', { name: '送交书面意见' }).click();
  await committee.getByLabel('书面意见').fill('运营补贴可纳入2027年县级财政预算统筹安排。');
  await committee.getByRole('button', { name: '送交', exact: true }).click();
  await expect(committee.getByRole('status').filter({ hasText: '已向主办单位送交书面意见' })).toBeVisible();
  // 30 days without progress: yellow; past the deadline: red.
  line = await board('2027-01-08');
  await expect(line.getByRole('cell').first()).toHaveText('绿');
  line = await board('2027-01-09');
  await expect(line.getByRole('cell').first()).toHaveText('黄');
  await expect(line).toContainText('已30天无进展（最近一次：协办意见，2026年12月10日');
  line = await board('2027-03-02');
  await expect(line.getByRole('cell').first()).toHaveText('红');
  await expect(line).toContainText(`${LEAD}已超过答复期限1天（期限2027年3月1日）`);
  await expect(line).toContainText('超期1天');

  // The item page says who handles it, and since when.
  await line.getByRole('link', { name: title }).click();
  const panel = committee.getByRole('region', { name: '交办与办理' });
  await expect(panel.getByRole('row', { name: new RegExp(LEAD) })).toContainText('2026年12月9日签收');
  await expect(panel.getByRole('row', { name: new RegExp(CO) })).toContainText('协办');

  expect(unitErrors, 'unit console errors').toEqual([]);
  await unitContext.close();
});
