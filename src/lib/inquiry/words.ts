/**
 * The inquiry's own wording in both languages: the email to a base and the PDF one-pager are
 * documents written in the language the person chose for the inquiry (which may differ from
 * the page's). UI chrome lives in src/lib/i18n/strings; these are the words of the documents.
 */
import type { Lang } from '../i18n/define';

export type { Lang };

export const WORDS = {
  zh: {
    subject: '拍摄询价',
    subjectLabel: '主题',
    subjectSep: '｜',
    listSep: '、',
    greeting: '您好，',
    intro: '我们计划在{base}拍摄短剧，希望预订以下场景：',
    setsHead: '场景（{count}个）：',
    dates: '日期：{from} 至 {to}（共 {days}）',
    crew: '剧组人数：{crew} 人',
    estimate: '按目录日租估算：{total}（{days}）',
    contactHead: '联系人：',
    email: '邮箱',
    phone: '电话',
    notesHead: '备注：',
    representative: '* 代表性数据，以基地确认为准。',
    seePdf: '（场景资料详见随附的 PDF 资料页）',
    more: '等{count}个场景',
    signoff: '—— 通过 SetScout 发送',
    size: '尺寸',
    area: '面积',
    grid: '灯光架/吊顶高度',
    power: '电源',
    powerValue: '{drops} 路 {amps} A {phases} 相 {volts} V',
    sound: '同期录音',
    soundClean: '可同期收音',
    soundNotClean: '不适合同期收音',
    door: '进场门洞',
    maxCrew: '最多人数',
    dayRate: '日租',
    halfDay: '半日',
    rate: '{day}/天，半天 {half}',
    pdfTitle: '拍摄询价资料',
    pdfFor: '询价方',
    pdfDates: '拍摄日期',
    pdfCrew: '剧组人数',
    pdfContact: '联系方式',
    pdfNotes: '备注',
    pdfSets: '所选场景（{count}）',
    pdfGenerated: '生成于 {date} · SetScout',
    pdfPage: '第 {n}/{of} 页',
    pdfPlan: '平面示意（按目录尺寸）',
    pdfDays: '（共 {days}）',
    pdfEstimate: '日租估算',
    pdfHeight: '高',
    pdfStill: '场景渲染图',
    people: '{n} 人',
    to: '至',
  },
  en: {
    subject: 'Shoot inquiry',
    subjectLabel: 'Subject',
    subjectSep: ' | ',
    listSep: ', ',
    greeting: 'Hello,',
    intro: 'We are planning a short-drama shoot at {base} and would like to book the following:',
    setsHead: 'Sets ({count}):',
    dates: 'Dates: {from} to {to} ({days})',
    crew: 'Crew: {crew} people',
    estimate: 'Estimate at the listed day rates: {total} ({days})',
    contactHead: 'Contact:',
    email: 'Email',
    phone: 'Phone',
    notesHead: 'Notes:',
    representative: '* Representative figure, to be confirmed by the base.',
    seePdf: '(Set details are in the attached PDF one-pager.)',
    more: '+{count} more',
    signoff: '— Sent with SetScout',
    size: 'Size',
    area: 'Floor area',
    grid: 'Grid / ceiling',
    power: 'Power',
    powerValue: '{drops} × {amps} A {phases}-phase {volts} V',
    sound: 'Sync sound',
    soundClean: 'Clean dialogue',
    soundNotClean: 'Not for sync dialogue',
    door: 'Load-in door',
    maxCrew: 'Max crew',
    dayRate: 'Day rate',
    halfDay: 'Half day',
    rate: '{day}/day, half day {half}',
    pdfTitle: 'Shoot inquiry',
    pdfFor: 'From',
    pdfDates: 'Dates',
    pdfCrew: 'Crew',
    pdfContact: 'Contact',
    pdfNotes: 'Notes',
    pdfSets: 'Sets ({count})',
    pdfGenerated: 'Generated {date} · SetScout',
    pdfPage: 'Page {n} of {of}',
    pdfPlan: 'Plan sketch (catalogue dimensions)',
    pdfDays: '({days})',
    pdfEstimate: 'Estimate at day rates',
    pdfHeight: 'H',
    pdfStill: 'Rendered still',
    people: '{n} people',
    to: 'to',
  },
} as const;

export type Words = (typeof WORDS)[Lang];
export type WordKey = keyof Words;

/** A word with its {placeholders} filled. */
export function word(lang: Lang, key: WordKey, vars?: Record<string, string | number>): string {
  const template: string = WORDS[lang][key];
  return vars ? template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole)) : template;
}

/** "4 天" / "4 days" / "1 day". */
export function daysText(lang: Lang, days: number): string {
  if (lang === 'zh') return `${days} 天`;
  return days === 1 ? '1 day' : `${days} days`;
}
