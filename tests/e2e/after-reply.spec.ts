// After the reply (issue 15), across two offices passing packets: the demo
// county's committee office keys in 县公安局's handling of a 城关镇 item
// (drafted from a citizen's opinion at the 城关镇 station) and its reply B
// with a promise; at the station the lead deputy's paper 征询意见表 is keyed
// in: 不满意 on the result, which sends the item back; the committee's packet
// brings the feedback to the unit's desk, which records the meeting on it
// and replies A; the deputy answers 满意; the office closes the item; the B
// promise stays on the follow-up list until the unit marks it 已办成; and
// the station's opinion shows what came of it.
import type { Page } from '@playwright/test';
import { test, expect, openDemo, openDemoStation, exportTo, atDesk, importPacket } from './fixtures';

const UNIT = '县公安局';
const COMMITTEE = '示范县人大常委会代表工作委员会';
const STATION = '示范县城关镇人大代表联络站';
const at = (day: string) => new Date(`${day}T09:00:00+08:00`);



/** Keys in the lead deputy's paper form at the station's deputy desk, from its queue. */
async function keyInFeedback(station: Page, title: string, lead: string, reply: string, ratings: [string, string, string], comment: string, shot?: string) {
  await atDesk(station, '代表');
  await station.getByRole('navigation').getByRole('link', { name: '征询意见' }).click();
  await station.getByRole('link', { name: `填写征询意见：${title}` }).click();
  const form = station.getByRole('form', { name: '登记征询意见' });
  await form.getByLabel('反馈的代表').selectOption({ label: `${lead}（领衔代表）— ${reply}` });
  await form.getByRole('radio', { name: '按代表签名的纸质征询意见表录入' }).check();
  for (const [i, legend] of ['沟通联系情况', '办理态度', '办理结果'].entries()) {
    await form.getByRole('group', { name: legend }).getByRole('radio', { name: ratings[i], exact: true }).check();
  }
  await form.getByLabel('意见和建议（评为不满意的须填写）').fill(comment);
  if (shot) await station.screenshot({ path: shot, fullPage: true });
  await form.getByRole('button', { name: '登记征询意见' }).click();
  await expect(station.getByRole('status').filter({ hasText: '已登记征询意见' })).toBeVisible();
}

test('a B reply, 不满意 at the station, second handling, an A reply, 满意, closed; the promise followed until 已办成; the opinion shows the result', async ({ page, browser, consoleErrors }, info) => {
  test.setTimeout(420_000);
  const committee = page;
  const baseURL = info.project.use.baseURL!;
  const context = await browser.newContext({ baseURL, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const station = await context.newPage();
  const stationErrors: string[] = [];
  station.on('console', (m) => { if (m.type() === 'error') stationErrors.push(m.text()); });
  station.on('pageerror', (e) => stationErrors.push(String(e)));
  await committee.clock.setFixedTime(at('2026-12-01'));
  await station.clock.setFixedTime(at('2026-12-01'));
  await openDemo(committee);
  await openDemoStation(station);
  const toStation = `交换包：发给${STATION}（代表之家（联络站、点））`;

  // 县公安局's desk in the committee office's browser: from its 承办件,
  // sign for the school-gate item and open it.
  await atDesk(committee, '承办单位');
  await committee.goto('./handling.html#/inbox');
  await committee.getByLabel('承办单位', { exact: true }).selectOption({ label: UNIT });
  const row = committee.getByRole('region', { name: /^主办/ }).getByRole('row', { name: /中心小学门前/ });
  const title = (await row.getByRole('link').first().textContent())!.trim();
  await row.getByRole('button', { name: `签收：${title}` }).click();
  await expect(row).toContainText('已于2026年12月1日签收');
  await row.getByRole('link', { name: `办理：${title}` }).click();
  await expect(committee.getByRole('heading', { name: '办理', exact: true })).toBeVisible();
  const handleUrl = committee.url();

  // The talk with the lead, then the reply B, which must say what it
  // promises and by when.
  await committee.getByRole('button', { name: '记录沟通' }).click();
  const leadBox = committee.getByRole('form', { name: '记录办前沟通' }).getByRole('checkbox', { name: /（领衔代表）$/ }).first();
  const lead = (await leadBox.evaluate((el) => el.parentElement!.textContent!)).replace('（领衔代表）', '').trim();
  const talk = committee.getByRole('form', { name: '记录办前沟通' });
  await talk.getByLabel('沟通方式').selectOption({ label: '面谈' });
  await talk.getByRole('checkbox', { name: `${lead}（领衔代表）` }).check();
  await talk.getByLabel('沟通重点').fill('上下学时段校门口车辆拥堵');
  await talk.getByLabel('商定的办理方案').fill('设置护学岗，寒假施划标线、安装减速带');
  await talk.getByRole('button', { name: '保存沟通记录' }).click();
  await expect(committee.getByRole('status').filter({ hasText: '已记录办前沟通' })).toBeVisible();

  await committee.getByRole('button', { name: '填写答复' }).click();
  const replyForm = committee.getByRole('form', { name: '答复' });
  const fillReply = async (klass: RegExp, text: string, doc: string) => {
    await replyForm.getByRole('radio', { name: klass }).check();
    await replyForm.getByLabel('答复正文').fill(text);
    await replyForm.getByLabel('签发人').fill('周建国');
    await replyForm.getByLabel('发文字号').fill(doc);
    await replyForm.getByLabel('联系人').fill('吴芳');
    await replyForm.getByLabel('联系电话').fill('0376-2345678');
  };
  await fillReply(/B类（正在解决或列入计划）/, '我局已设置护学岗。斑马线和减速带列入寒假施工计划。', '示公函〔2026〕21号');
  await replyForm.getByRole('button', { name: '提交答复' }).click();
  await expect(committee.getByRole('alert')).toContainText('B类（正在解决或列入计划）是承诺事项：请填写承诺办理的事项和完成时限');
  await replyForm.getByLabel('承诺办理的事项').fill('施划斑马线、安装减速带');
  await replyForm.getByLabel('承诺完成时限').fill('2027-02-20');
  await replyForm.getByRole('button', { name: '提交答复' }).click();
  await expect(committee.getByRole('status').filter({ hasText: '已答复' })).toBeVisible();

  // Committee → station: the lead's paper form, 不满意 on the result.
  const c1 = await exportTo(committee, info, toStation, 'committee-1.json');
  await station.clock.setFixedTime(at('2026-12-05'));
  await importPacket(station, c1.file);
  // The paper form the deputy filled in: printed from the station's copy,
  // reached from the deputy desk's home.
  await atDesk(station, '代表');
  await station.goto('./#/');
  await station.getByRole('link', { name: /^待反馈的答复：\d+ 份$/ }).click();
  await expect(station.getByRole('heading', { name: '征询意见', exact: true })).toBeVisible();
  await station.getByRole('link', { name: `填写征询意见：${title}` }).click();
  await station.getByRole('link', { name: '打印答复函和征询意见表' }).click();
  const paper = station.getByRole('article', { name: `${lead}代表建议办理情况征询意见表` });
  await expect(paper).toContainText('领衔代表');
  // 20 working days from the reply of 1 December.
  await expect(paper).toContainText('请于2026年12月29日前填写');
  await paper.screenshot({ path: info.outputPath('paper-feedback-form.png') });
  await keyInFeedback(station, title, lead, `${UNIT}的答复`, ['满意', '基本满意', '不满意'], '只设了护学岗，标线和减速带要等到明年', info.outputPath('feedback-form.png'));
  await expect(station.getByRole('status')).toContainText('领衔代表对办理结果不满意，建议已交回承办单位重新办理（二次办理），须于2027年1月5日前重新答复');
  const card = station.getByRole('region', { name: `${UNIT}的答复（第1轮）` });
  await expect(card).toContainText('沟通满意，态度基本满意，结果不满意（2026年12月5日，纸质征询意见表由');

  // Station → committee: the unit's desk sees the item sent back.
  const s1 = await exportTo(station, info, `交换包：发给${COMMITTEE}（代表工委）`, 'station-1.json');
  await committee.clock.setFixedTime(at('2026-12-08'));
  await importPacket(committee, s1.file);
  await committee.goto(handleUrl);
  const after = committee.getByRole('region', { name: '反馈、二次办理与办结' });
  await expect(after).toContainText('已于2026年12月5日交回重办，须于2027年1月5日前重新答复（第2轮）');
  await expect(after).toContainText(`${lead}代表对办理结果不满意`);
  await committee.getByRole('button', { name: '填写答复' }).click();
  await fillReply(/A类（已解决或采纳）/, '护学岗每天值守，斑马线已于12月7日施划完毕。', '示公函〔2026〕25号');
  await replyForm.getByRole('button', { name: '提交答复' }).click();
  await expect(committee.getByRole('alert')).toContainText('须先登记二次办理座谈');
  const meeting = committee.getByRole('form', { name: '二次办理座谈' });
  await meeting.getByLabel('参加人员（代表、承办单位负责人、代表工委等）').fill(`${lead}代表、县公安局副局长、代表工委`);
  await meeting.getByLabel('座谈结论').fill('12月内施划斑马线，寒假安装减速带');
  await meeting.getByRole('button', { name: '登记二次办理座谈' }).click();
  await expect(committee.getByRole('status').filter({ hasText: '已登记二次办理座谈' })).toBeVisible();
  await replyForm.getByRole('button', { name: '提交答复' }).click();
  await expect(committee.getByRole('status').filter({ hasText: '已答复' })).toBeVisible();

  // Committee → station: 满意 on the second reply.
  const c2 = await exportTo(committee, info, toStation, 'committee-2.json');
  await station.clock.setFixedTime(at('2026-12-10'));
  await importPacket(station, c2.file);
  await keyInFeedback(station, title, lead, `${UNIT}的答复（第2轮）`, ['满意', '满意', '满意'], '');
  await expect(station.getByRole('region', { name: `${UNIT}的答复（第2轮）` })).toContainText('沟通满意，态度满意，结果满意');
  const s2 = await exportTo(station, info, `交换包：发给${COMMITTEE}（代表工委）`, 'station-2.json');

  // The committee office closes it: replied, satisfied, realised apart.
  await committee.clock.setFixedTime(at('2026-12-11'));
  await importPacket(committee, s2.file);
  await atDesk(committee, '代表工委');
  await committee.goto(handleUrl);
  await committee.getByRole('button', { name: '办结' }).click();
  await expect(committee.getByRole('status').filter({ hasText: '已办结' })).toBeVisible();
  const facts = committee.getByRole('region', { name: '反馈、二次办理与办结' }).getByRole('table').first();
  await expect(facts).toContainText('已答复（2026年12月8日）');
  await expect(facts).toContainText('满意');
  await expect(facts).toContainText('承诺2027年2月20日前办成，跟踪中');

  // The B promise on the follow-up list until the unit marks it done.
  await committee.getByRole('navigation').getByRole('link', { name: '承诺跟踪' }).click();
  const promise = committee.getByRole('row', { name: new RegExp(title) });
  await expect(promise).toContainText('施划斑马线、安装减速带');
  await expect(promise).toContainText('跟踪中');
  await committee.screenshot({ path: info.outputPath('follow-ups.png'), fullPage: true });
  await atDesk(committee, '承办单位');
  await promise.getByRole('link', { name: `办理：${title}` }).click();
  await committee.getByLabel('办成的依据（验收、文件、现场照片等）').fill('减速带安装竣工验收单');
  await committee.getByRole('button', { name: '登记已办成' }).click();
  await expect(committee.getByRole('status').filter({ hasText: '已登记办成' })).toBeVisible();
  await committee.goto('./handling.html#/followups');
  await expect(committee.getByRole('row', { name: new RegExp(title) })).toContainText('2026年12月11日已办成（减速带安装竣工验收单）');

  // Committee → station: the citizen's opinion shows what came of it.
  const c3 = await exportTo(committee, info, toStation, 'committee-3.json');
  await importPacket(station, c3.file);
  await atDesk(station, '代表');
  await station.goto('./suggestions.html#/opinions');
  const opinion = station.getByRole('row', { name: /中心小学门前/ });
  await expect(opinion).toContainText('2026年12月8日答复（A类（已解决或采纳））');
  await expect(opinion).toContainText('代表评价：满意');
  await expect(opinion).toContainText('落实：已办成（2026年12月11日）');
  await expect(opinion).toContainText('2026年12月11日办结');

  expect(stationErrors, 'console errors').toEqual([]);
  await context.close();
});
