// Handling with the deputy (issue 14), across offices passing packets: the
// demo county's committee office has assigned a 城关镇 item to 县公安局; the
// unit's own copy takes the committee's packet, signs for it, is refused a
// reply before it has talked with the lead deputy, records the talk, a plan
// and progress; the committee office passes the news to the 城关镇 station,
// whose deputy desk shows the timeline newest first. Two weeks later the
// unit replies B, prints the 答复函 (with the 征询意见表 for the lead) and
// records its delivery; the station's next packet shows the reply to the
// deputy.
import type { Page } from '@playwright/test';
import { test, expect, openDemo, openDemoStation, exportTo, atDesk, importPacket, startOffice } from './fixtures';

const UNIT = '县公安局';
const COMMITTEE = '示范县人大常委会代表工作委员会';
const STATION = '示范县城关镇人大代表联络站';
const at = (day: string) => new Date(`${day}T09:00:00+08:00`);



test('a unit talks with the deputy, plans, reports and replies B; the station deputy follows it and reads the reply', async ({ page, browser, consoleErrors }, info) => {
  test.setTimeout(300_000);
  const committee = page;
  const baseURL = info.project.use.baseURL!;
  const open = async () => {
    const context = await browser.newContext({ baseURL, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const p = await context.newPage();
    const errors: string[] = [];
    p.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    p.on('pageerror', (e) => errors.push(String(e)));
    await p.clock.setFixedTime(at('2026-12-01'));
    return { context, p, errors };
  };
  await committee.clock.setFixedTime(at('2026-12-01'));
  const unitSide = await open();
  const stationSide = await open();
  const unit = unitSide.p;
  const station = stationSide.p;
  await openDemo(committee);
  await openDemoStation(station);

  // The unit's copy: its profile, the committee office's packet, its unit.
  const toAll = await exportTo(committee, info, '交换包：不指定接收单位', 'committee-all.json');
  await startOffice(unit, UNIT, '承办单位', toAll.file, UNIT);

  // Its inbox: the 城关镇 school-gate item, as 主办; signed for.
  await atDesk(unit, '承办单位');
  await unit.goto('./handling.html#/inbox');
  const row = unit.getByRole('region', { name: /^主办/ }).getByRole('row', { name: /中心小学门前/ });
  const title = (await row.getByRole('link').first().textContent())!.trim();
  await row.getByRole('button', { name: `签收：${title}` }).click();
  await expect(row).toContainText('已于2026年12月1日签收');
  await row.getByRole('link', { name: `办理：${title}` }).click();
  await expect(unit.getByRole('heading', { name: '办理', exact: true })).toBeVisible();
  const handleUrl = unit.url();

  // No reply before the talk with the lead deputy.
  const talk = unit.getByRole('region', { name: '办前沟通' });
  const leadBox = unit.getByRole('button', { name: '记录沟通' });
  await unit.getByRole('button', { name: '填写答复' }).click();
  const replyForm = unit.getByRole('form', { name: '答复' });
  await replyForm.getByRole('radio', { name: /B类（正在解决或列入计划）/ }).check();
  await replyForm.getByLabel('答复正文').fill('收悉。');
  await replyForm.getByLabel('签发人').fill('周建国');
  await replyForm.getByLabel('发文字号').fill('示公函〔2026〕8号');
  await replyForm.getByLabel('联系人').fill('吴芳');
  await replyForm.getByLabel('联系电话').fill('0376-2345678');
  await replyForm.getByRole('button', { name: '提交答复' }).click();
  const refusal = unit.getByRole('alert').filter({ hasText: '答复前须与领衔代表进行办前沟通并记录：尚未记录与' });
  await expect(refusal).toBeVisible();
  const lead = (await refusal.textContent())!.match(/尚未记录与(.+?)代表的沟通/)![1];

  // The talk, the plan, the progress.
  await leadBox.click();
  const talkForm = unit.getByRole('form', { name: '记录办前沟通' });
  await talkForm.getByLabel('沟通方式').selectOption({ label: '实地察看' });
  await talkForm.getByRole('checkbox', { name: `${lead}（领衔代表）` }).check();
  await talkForm.getByLabel('沟通重点').fill('上下学时段校门口车辆拥堵，学生横穿马路');
  await talkForm.getByLabel('办理方向').fill('设置护学岗和交通标线');
  await talkForm.getByLabel('商定的办理方案').fill('本学期内设置护学岗，寒假施划标线、安装减速带');
  await talkForm.getByRole('button', { name: '保存沟通记录' }).click();
  await expect(unit.getByRole('status').filter({ hasText: '已记录办前沟通' })).toBeVisible();
  await expect(talk).toContainText(`实地察看，与${lead}代表。重点：上下学时段校门口车辆拥堵`);

  await unit.getByRole('button', { name: '制定办理计划' }).click();
  const plan = unit.getByRole('form', { name: '办理计划' });
  await plan.getByLabel('第1步', { exact: true }).fill('上下学时段设置护学岗');
  await plan.getByLabel('第1步完成时限').fill('2026-12-10');
  await plan.getByRole('button', { name: '增加一步' }).click();
  await plan.getByLabel('第2步', { exact: true }).fill('施划斑马线、安装减速带');
  await plan.getByLabel('第2步完成时限').fill('2027-02-20');
  await plan.getByRole('button', { name: '保存办理计划' }).click();
  await expect(unit.getByRole('status').filter({ hasText: '已保存办理计划' })).toBeVisible();

  await unit.getByRole('button', { name: '报告办理进展' }).click();
  await unit.getByLabel('办理进展（代表可见）').fill('护学岗已于12月1日起每天上下学时段值守');
  await unit.getByRole('button', { name: '报告进展' }).click();
  await expect(unit.getByRole('status').filter({ hasText: '已报告办理进展' })).toBeVisible();

  // Unit → committee office → station.
  const u1 = await exportTo(unit, info, `交换包：发给${COMMITTEE}（代表工委）`, 'unit-1.json');
  await importPacket(committee, u1.file, true);
  const c1 = await exportTo(committee, info, `交换包：发给${STATION}（代表之家（联络站、点））`, 'committee-1.json');
  await importPacket(station, c1.file);

  // The deputy desk at the station: the item's timeline, newest first.
  await atDesk(station, '代表');
  await station.goto('./suggestions.html#/suggestions');
  await station.getByRole('link', { name: title }).click();
  const panel = station.getByRole('region', { name: '交办与办理' });
  const events = panel.getByRole('list', { name: '办理动态' }).getByRole('listitem');
  await expect(events.nth(0)).toContainText('办理进展');
  await expect(events.nth(0)).toContainText('护学岗已于12月1日起每天上下学时段值守');
  await expect(events.nth(1)).toContainText('1. 上下学时段设置护学岗（2026年12月10日前）；2. 施划斑马线、安装减速带（2027年2月20日前）');
  await expect(events.nth(2)).toContainText(`以实地察看方式与${lead}代表沟通`);
  await expect(events.nth(3)).toContainText(`${UNIT}签收`);
  await panel.screenshot({ path: info.outputPath('deputy-timeline.png') });

  // Two weeks later the unit replies B.
  await unit.clock.setFixedTime(at('2026-12-15'));
  await unit.goto(handleUrl);
  await expect(unit.getByRole('heading', { name: '办理', exact: true })).toBeVisible();
  await unit.getByRole('button', { name: '填写答复' }).click();
  await replyForm.getByRole('radio', { name: /B类（正在解决或列入计划）/ }).check();
  await expect(replyForm).toContainText('所提问题正在解决，或已列入工作计划并明确解决时限');
  await replyForm.getByLabel('答复正文').fill('经实地察看，我局已在中心小学门前设置护学岗，每天上下学时段值守。斑马线施划和减速带安装已列入寒假施工计划，2027年2月20日前完成。');
  // B is a commitment: what is promised, and by when.
  await replyForm.getByLabel('承诺办理的事项').fill('施划斑马线、安装减速带');
  await replyForm.getByLabel('承诺完成时限').fill('2027-02-20');
  await replyForm.getByLabel('签发人').fill('周建国');
  await replyForm.getByLabel('发文字号').fill('示公函〔2026〕8号');
  await replyForm.getByLabel('联系人').fill('吴芳');
  await replyForm.getByLabel('联系电话').fill('0376-2345678');
  await replyForm.getByRole('button', { name: '提交答复' }).click();
  await expect(unit.getByRole('status').filter({ hasText: '已答复' })).toBeVisible();

  // The 答复函: one per proposer, the lead's with the feedback form.
  await unit.getByRole('link', { name: '打印答复函' }).click();
  const letter = unit.getByRole('article', { name: `致${lead}代表的答复函` });
  await expect(letter).toContainText('示公函〔2026〕8号');
  await expect(letter).toContainText('答复类别：B类');
  await expect(letter).toContainText(/案号：2026年闭会期间建议第\d+号/);
  await expect(letter).toContainText(`${lead}代表：`);
  await expect(letter).toContainText(`您提出的关于${title.replace(/^关于/, '').replace(/的建议$/, '')}的建议收悉。现答复如下：`);
  await expect(letter).toContainText('斑马线施划和减速带安装已列入寒假施工计划');
  await expect(letter).toContainText('签发人：周建国');
  await expect(letter).toContainText('联系人：吴芳　联系电话：0376-2345678');
  await expect(letter).toContainText('2026年12月15日');
  const form = unit.getByRole('article', { name: `${lead}代表建议办理情况征询意见表` });
  await expect(form).toContainText('办理结果');
  // 20 working days from 15 December; no 2027 holiday table is shipped
  // (the clerk adds it from the notice), so only weekends are skipped.
  await expect(form).toContainText('请于2027年1月12日前填写');
  await unit.emulateMedia({ media: 'print' });
  await unit.screenshot({ path: info.outputPath('reply-letter.png'), fullPage: true });
  await unit.emulateMedia({ media: 'screen' });

  // Its delivery through the station.
  await unit.getByRole('link', { name: '返回办理' }).click();
  await unit.getByLabel(`${lead}的答复函送达方式`).selectOption({ label: '经家站点转交' });
  await unit.getByRole('button', { name: `登记送达：${lead}` }).click();
  await expect(unit.getByRole('status').filter({ hasText: '已登记送达' })).toBeVisible();

  // Unit → committee office → station: the deputy reads the reply.
  await committee.clock.setFixedTime(at('2026-12-15'));
  await station.clock.setFixedTime(at('2026-12-15'));
  const u2 = await exportTo(unit, info, `交换包：发给${COMMITTEE}（代表工委）`, 'unit-2.json');
  await importPacket(committee, u2.file);
  const c2 = await exportTo(committee, info, `交换包：发给${STATION}（代表之家（联络站、点））`, 'committee-2.json');
  await importPacket(station, c2.file);
  await station.goto('./suggestions.html#/suggestions');
  await station.getByRole('link', { name: title }).click();
  const reply = station.getByRole('region', { name: `${UNIT}的答复` });
  await expect(reply).toContainText('2026年12月15日　B类（正在解决或列入计划）　示公函〔2026〕8号');
  await expect(reply).toContainText('斑马线施划和减速带安装已列入寒假施工计划');
  await expect(events.nth(0)).toContainText(`致${lead}代表的答复函经家站点转交`);
  await expect(events.nth(1)).toContainText(`${UNIT}答复（B类（正在解决或列入计划））`);

  for (const side of [unitSide, stationSide]) {
    expect(side.errors, 'console errors').toEqual([]);
    await side.context.close();
  }
});
