/** The only assets: one stylesheet and an icon, served from memory. No fonts, no scripts, nothing external. */
import type { Hono } from 'hono';

const CSS = `
:root {
  color-scheme: light dark;
  --bg: #fbfaf7; --fg: #1f2328; --muted: #57606a; --line: #d8dee4; --soft: #f1efe9;
  --accent: #0b5cad; --focus: #0b5cad; --error: #b42318;
  --stay: #1a7f37; --watch: #8a5a00; --look: #c0272d;
  --stay-bg: #e7f5ea; --watch-bg: #fbf1dc; --look-bg: #fbe9e9;
  --chart: #0b5cad; --chart2: #8a5a00;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #16181c; --fg: #e6e6e6; --muted: #a8b0b9; --line: #353a42; --soft: #1f2329;
    --accent: #7cb7ff; --focus: #9ccaff; --error: #ff8f87;
    --stay: #56d364; --watch: #e3b341; --look: #ff7b72;
    --stay-bg: #15291b; --watch-bg: #2e2411; --look-bg: #331a1a;
    --chart: #7cb7ff; --chart2: #e3b341;
  }
}
* { box-sizing: border-box; }
html { background: var(--bg); color: var(--fg); }
body {
  margin: 0 auto; max-width: 74ch; padding: 0 1.25rem 3rem;
  font: 1rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
}
a { color: var(--accent); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; border-radius: 2px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: var(--bg); padding: .5rem; }
header { padding-top: 1rem; }
nav ul { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
nav a { text-decoration: none; padding: .2rem 0; }
nav a[aria-current="page"] { font-weight: 600; color: var(--fg); border-bottom: 2px solid var(--fg); }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 1.5rem 0 .75rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; }
h3 { font-size: 1rem; margin: 1.25rem 0 .25rem; }
p, ul, ol, table, blockquote, form, figure, details { margin: 0 0 1rem; }
.muted, .hint { color: var(--muted); }
.hint { font-size: .9rem; }
footer { margin-top: 3rem; border-top: 1px solid var(--line); color: var(--muted); font-size: .9rem; }
blockquote { margin-left: 0; padding-left: 1rem; border-left: 3px solid var(--line); color: var(--muted); font-style: italic; }
.strip { margin: .75rem 0 0; padding: .5rem .75rem; border-left-width: 5px; border-left-style: solid; border-radius: 4px; }
.word { letter-spacing: .05em; }
.verdict-stay { border-color: var(--stay); background: var(--stay-bg); }
.verdict-watch { border-color: var(--watch); background: var(--watch-bg); }
.verdict-look { border-color: var(--look); background: var(--look-bg); }
.verdict-stay .word { color: var(--stay); }
.verdict-watch .word { color: var(--watch); }
.verdict-look .word { color: var(--look); }
.card { border-left-width: 6px; border-left-style: solid; border-radius: 6px; padding: .25rem 1.25rem .75rem; margin: 1rem 0 1.5rem; }
.card h1 { margin-top: 1rem; }
.card .lead { font-size: 1.1rem; }
.reason { margin-bottom: 1.25rem; }
.reason h2 { font-size: 1.05rem; margin-top: 1rem; }
.evidence { font-size: .95rem; padding-left: 1.25rem; }
.notice { padding: .5rem .75rem; background: var(--soft); border-radius: 4px; }
.error { color: var(--error); font-weight: 500; }
label, legend { font-weight: 500; }
input, select, textarea, button { font: inherit; color: inherit; }
input[type="text"], input[type="number"], input[type="date"], select, textarea {
  background: var(--bg); border: 1px solid var(--muted); border-radius: 4px; padding: .35rem .5rem; max-width: 100%;
}
textarea, input.wide { width: 100%; }
textarea { min-height: 3.2rem; }
input[type="number"] { width: 6.5rem; }
td.date, time { white-space: nowrap; }
.actions { flex-wrap: nowrap; }
.instrument .field { display: grid; grid-template-columns: 1fr 15rem; gap: .5rem; align-items: center; margin-bottom: .4rem; }
.instrument .field > label { font-weight: 400; }
.chart + .chart-label { margin-top: .75rem; }
details[id^="rule-"] { border-bottom: 1px solid var(--line); padding: .5rem 0; }
details[id^="rule-"] > summary { color: var(--fg); }
table.params th, table.params td { vertical-align: middle; }
.param { margin: 0; }
[aria-invalid="true"] { border-color: var(--error); }
button {
  background: var(--accent); color: var(--bg); border: 0; border-radius: 4px; padding: .45rem 1rem; cursor: pointer; font-weight: 500;
}
button.quiet { background: transparent; color: var(--accent); border: 1px solid var(--accent); padding: .2rem .6rem; }
.field { margin: 0 0 .9rem; }
.field > label { display: block; }
fieldset { border: 0; padding: 0; margin: 0 0 .9rem; min-width: 0; }
fieldset > legend { padding: 0; margin-bottom: .15rem; }
.choices { display: flex; flex-wrap: wrap; gap: .1rem 1rem; }
.choices label { font-weight: 400; white-space: nowrap; }
.scale .choices label { min-width: 2.6rem; }
.scale { display: flow-root; }
.scale > legend { float: left; width: min(20rem, 100%); font-weight: 500; }
.scale > .error { display: block; clear: left; }
.triggers .choices { display: grid; grid-template-columns: repeat(auto-fit, minmax(17rem, 1fr)); }
.triggers .choices label { white-space: normal; display: flex; gap: .4rem; align-items: baseline; }
.inline { display: flex; flex-wrap: wrap; gap: .5rem; align-items: end; }
.inline .field { margin: 0; }
.row { display: flex; flex-wrap: wrap; gap: 1rem 2rem; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; }
th, td { text-align: left; padding: .3rem .5rem .3rem 0; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
figure { margin: 1.5rem 0; }
figcaption { font-size: .95rem; margin-bottom: .25rem; }
.chart-label { margin: .5rem 0 0; font-size: .85rem; color: var(--muted); }
svg.chart { width: 100%; height: auto; display: block; overflow: visible; }
.chart text { fill: var(--muted); font-size: 11px; }
.chart .axis { stroke: var(--line); }
.chart .ref { stroke: var(--muted); stroke-dasharray: 4 3; }
.chart .series { fill: none; stroke: var(--chart); stroke-width: 2; }
.chart .dot { fill: var(--chart); }
.chart .dot.low { fill: var(--bg); stroke: var(--chart2); stroke-width: 2; }
.chart .mark { fill: var(--look); fill-opacity: .75; }
.chart .band { fill: var(--soft); }
ins { background: var(--stay-bg); text-decoration: none; }
del { background: var(--look-bg); }
.principle { margin-bottom: 1.25rem; }
.principle p { margin: 0 0 .25rem; }
ul.plain { list-style: none; padding: 0; }
.diff { white-space: pre-wrap; }
.actions { display: flex; gap: .75rem; align-items: center; font-size: .95rem; }
.actions form { margin: 0; }
details summary { cursor: pointer; color: var(--accent); }
.big-choice { display: block; padding: .75rem 1rem; border: 1px solid var(--line); border-radius: 6px; margin-bottom: .5rem; }
.big-choice span { display: block; font-weight: 400; color: var(--muted); }
/* job hunting */
.sev { white-space: nowrap; font-size: .85rem; padding: 0 .3rem; border-radius: 3px; border: 1px solid var(--line); }
.sev-2 { border-color: var(--watch); }
.sev-3 { border-color: var(--look); font-weight: 600; }
.flag-group { border-left: 3px solid var(--look); padding-left: .75rem; margin-bottom: 1rem; }
.flag-group h3 { margin-top: .25rem; }
.questions > li { margin-bottom: 1rem; }
.questions .question { margin: 0 0 .25rem; font-weight: 500; }
.answers, .notes { list-style: none; padding: 0; }
.answers > li, .notes > li { border-bottom: 1px solid var(--line); padding: .25rem 0 .5rem; margin-bottom: .5rem; }
.answers blockquote { margin: 0 0 .25rem; }
.notes p, .answers p { margin: 0 0 .25rem; }
.suggest { font-size: .95rem; }
.scroll { overflow-x: auto; margin: 0 0 1rem; }
table.compare { min-width: 40rem; }
table.compare caption { text-align: left; color: var(--muted); font-size: .9rem; padding-bottom: .25rem; }
table.compare th[scope="row"] { font-weight: 500; max-width: 18rem; }
table.compare th.group { padding-top: 1rem; font-size: 1rem; }
table.compare details { font-size: .88rem; }
/* direction & review */
.long-choices .choices { display: grid; gap: .2rem; }
.long-choices .choices label { white-space: normal; display: flex; gap: .4rem; align-items: baseline; }
dl { margin: 0 0 1rem; }
dt { font-weight: 600; }
dd { margin: 0 0 .5rem 1.25rem; }
dl.direction { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
dl.direction dd { margin: 0; }
.goal { margin-bottom: 1.5rem; }
.goal details { margin-top: .5rem; }
ol.weeks { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .35rem; }
ol.weeks li { border-left-width: 4px; border-left-style: solid; border-radius: 4px; padding: .1rem .45rem; font-size: .85rem; line-height: 1.3; }
ol.weeks .wk { display: block; color: var(--muted); font-size: .8rem; }
`;

const ICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><path d="M16 3v20M7 23c3 4 15 4 18 0M10 9h12" fill="none" stroke="#0b5cad" stroke-width="3" stroke-linecap="round"/></svg>`;

export function registerAssets(app: Hono): void {
  app.get('/assets/keel.css', (c) => c.body(CSS, 200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'no-cache' }));
  app.get('/assets/icon.svg', (c) => c.body(ICON, 200, { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'no-cache' }));
}
