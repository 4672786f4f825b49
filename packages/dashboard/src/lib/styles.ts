/** The dashboard's stylesheet (inlined; no web fonts, no external files). */
export const STYLES = `
:root{--fg:#1f2328;--muted:#57606a;--bg:#fff;--panel:#f6f8fa;--line:#d0d7de;--accent:#0b3d91}
*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
html[data-lang=nl] [data-l=en],html[data-lang=en] [data-l=nl]{display:none}
header{background:var(--accent);color:#fff;padding:12px 20px;display:flex;flex-wrap:wrap;gap:12px;align-items:center;justify-content:space-between}
header h1{font-size:1.3rem;margin:0}header .lang button{background:transparent;color:#fff;border:1px solid #fff8;border-radius:4px;padding:2px 8px;cursor:pointer}
header .lang button[aria-pressed=true]{background:#fff;color:var(--accent)}
.fictional{background:#fff8c5;border-bottom:1px solid #d4a72c;padding:6px 20px;font-size:.9rem}
nav{display:flex;flex-wrap:wrap;gap:4px;padding:8px 20px;border-bottom:1px solid var(--line);background:var(--panel);position:sticky;top:0;z-index:2}
nav a{padding:6px 10px;border-radius:6px;color:var(--fg);text-decoration:none}nav a[aria-current=page]{background:var(--accent);color:#fff}
main{max-width:1200px;margin:0 auto;padding:16px 20px 48px}main>section>h2{margin-top:8px}
.lead{font-size:1.1rem}.muted{color:var(--muted)}.warn{color:#9a6700}small{color:var(--muted)}
.goal-grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(230px,1fr));gap:12px}
.goal-card{display:block;border:1px solid var(--line);border-top:6px solid var(--c);border-radius:8px;padding:10px;color:inherit;text-decoration:none;background:#fff}
.goal-card:hover,.goal-card:focus{box-shadow:0 0 0 3px #0969da55}.goal-card h3{font-size:1rem;margin:4px 0}
.goal-card .num,.goal-detail .num{display:inline-block;min-width:1.8em;text-align:center;border-radius:1em;background:var(--c,#57606a);color:#fff;font-weight:700}
.goal-card .short,.goal-detail .short{margin:2px 0 4px;font-size:.85rem;font-weight:600;color:var(--muted)}.goal-card .ind{margin:4px 0 0;font-size:.85rem;color:var(--muted)}.missing{margin:2px 0;font-size:.8rem;color:#82071e}.goal-card .more{display:block;font-size:.85rem;color:var(--accent)}
.badge{display:inline-block;border-radius:10px;padding:0 8px;font-size:.8rem;color:#fff;background:var(--c);white-space:nowrap}
.legend{font-size:.85rem;color:var(--muted)}.ln{display:inline-block;width:22px;height:0;border-top:2px solid #0b3d91;margin:0 4px 3px 10px}
.ln.municipality{border-top:2px dashed #57606a}.ln.reference{border-top:2px dotted #8c959f}
.dot{display:inline-block;width:10px;height:10px;border-radius:5px;background:var(--c);margin:0 4px 0 10px}
svg.trend text{font-size:9px;fill:var(--muted)}svg.trend text.val{font-weight:600}
.goal-detail{border-top:1px solid var(--line);padding-top:8px;margin-top:16px}
.indicator{border:1px solid var(--line);border-radius:8px;padding:8px 12px;margin:8px 0}.ind-head{display:flex;gap:8px;align-items:center;justify-content:space-between}
.ind-head h4{margin:0}.ind-body{display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start}
table.registers{border-collapse:collapse;font-size:.9rem;margin:8px 0}table.registers th,table.registers td{border:1px solid var(--line);padding:3px 8px;text-align:left;vertical-align:top}
table.data{border-collapse:collapse;font-size:.9rem;margin:8px 0}table.data th,table.data td{border:1px solid var(--line);padding:3px 8px;text-align:right}
table.data th:first-child,table.assumptions td,table.assumptions th{text-align:left}.sign{text-align:center!important;font-weight:700}
.network{width:100%;border:1px solid var(--line);border-radius:8px;position:relative;background:#fff}
.network .vlv-root{height:auto}.network .vlv-main{flex:none;height:520px}
html{scroll-padding-top:64px}
#network-panel{border:1px solid var(--line);border-radius:8px;padding:8px 12px;margin-top:8px;background:var(--panel)}
.group-filter button{border:1px solid var(--line);background:#fff;border-radius:12px;padding:2px 10px;cursor:pointer}.group-filter button[aria-pressed=true]{background:var(--accent);color:#fff}
.counts{display:flex;gap:12px;flex-wrap:wrap}.count{border:1px solid var(--line);border-radius:8px;padding:8px 16px}.count b{font-size:1.6rem;display:block}
.chain{display:flex;gap:8px;align-items:stretch;overflow-x:auto}.stage{border:1px solid var(--line);border-radius:8px;padding:6px 10px;min-width:170px;background:var(--panel)}
.stage h4{margin:0 0 4px}.stage ul{padding-left:18px;margin:0}.arrow{align-self:center;font-size:1.6rem;color:var(--muted)}
.step-status{font-size:.8rem;border:1px solid var(--line);border-radius:8px;padding:0 6px}
.flows{display:flex;flex-wrap:wrap;gap:16px}svg.flow text{font-size:11px;fill:var(--fg)}svg.flow .box{fill:#fff;stroke:#57606a}svg.flow .side{fill:var(--panel)}
svg.flow .arr{stroke:#57606a;fill:none}.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(180px,1fr));gap:12px;margin:12px 0}
.card{border:1px solid var(--line);border-radius:8px;padding:10px}.card b{display:block;font-size:1.5rem}
footer{border-top:1px solid var(--line);padding:12px 20px;color:var(--muted);font-size:.85rem}
a.skip{position:absolute;left:8px;top:-48px;z-index:10;background:#fff;color:var(--accent);padding:8px 12px;border:2px solid var(--accent);border-radius:4px}a.skip:focus{top:8px}
:focus-visible{outline:3px solid #bf3989;outline-offset:2px}
.viewer-missing{border:2px solid #cf222e;background:#fff5f5;color:#82071e;padding:10px 14px;border-radius:8px;margin:8px 0;font-weight:600}
.network.viewer-missing{display:none}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}.scroll{overflow-x:auto;max-width:100%}
.round-studies ol{padding-left:1.4em}.round-studies li{margin:2px 0}
@media (max-width:600px){main{padding:12px 10px 40px}.network .vlv-main{height:75vh}nav{position:static}html{scroll-padding-top:0}header{padding:10px 12px}nav{padding:6px 10px}}
@media print{nav,header .lang{display:none}main>section{display:block!important}}
`;
