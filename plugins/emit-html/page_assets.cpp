// SPDX-License-Identifier: Apache-2.0
// Kept small and free of any library: the page is mailed and opened from USB
// sticks on office machines.

#include "page_assets.hpp"

namespace baocao::html {

const std::string_view page_style = R"CSS(
*{box-sizing:border-box}
body{font:14px/1.45 "Times New Roman",Tinos,"Liberation Serif",serif;color:#212121;margin:0 auto;max-width:1100px;padding:16px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;border-bottom:2px solid #1565c0;margin:28px 0 10px;padding-bottom:2px}
.sub{color:#555;margin:0 0 12px}
nav a{margin-right:12px}
.heads{display:flex;flex-wrap:wrap;gap:8px;margin:12px 0}
.head{border:1px solid #ccc;border-radius:6px;padding:8px 12px;min-width:120px;background:#fafafa}
.head b{display:block;font-size:24px}.head.late b{color:#c62828}.head.ok b{color:#2e7d32}.head.bad b{color:#6a1b9a}
svg.chart{width:100%;height:auto;max-width:760px;font:12px sans-serif;display:block;margin:8px 0}
table{border-collapse:collapse;width:100%;margin:8px 0;font-size:13px}
th,td{border:1px solid #ccc;padding:3px 6px;vertical-align:top;text-align:left}
th{background:#e3f2fd}td.n{text-align:right;white-space:nowrap}
.grid td{text-align:center;padding:2px}.grid td.name{text-align:left}
.grid a,.grid span{display:block;text-decoration:none}
.cov{background:#c8e6c9;color:#1b5e20}.gap{background:#ffcdd2;color:#b71c1c}.none{background:#eee;color:#777}
.badge{display:inline-block;color:#fff;border-radius:3px;padding:0 5px;font-size:12px;white-space:nowrap}
.tools{display:flex;gap:8px;align-items:center;margin:8px 0}.tools input{flex:1;padding:4px}
th[data-key]{cursor:pointer}th[data-key]:after{content:" \2195";color:#888}
details>summary{cursor:pointer;color:#1565c0}
.src{font-family:monospace;font-size:12px;word-break:break-all}
blockquote{margin:4px 0 8px 12px;padding-left:8px;border-left:3px solid #90caf9;color:#333}
.scroll{overflow-x:auto}
footer{color:#777;font-size:12px;margin-top:24px}
@page{size:A4;margin:14mm}
@media print{body{max-width:none;padding:0;font-size:11pt}nav,.tools{display:none}
h2{break-after:avoid}tr,svg,.head{break-inside:avoid}a{color:inherit;text-decoration:none}
.scroll{overflow:visible}}
)CSS";

const std::string_view page_script = R"JS(
(function(){
function fold(s){return s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g,'').replace(/\u0111/g,'d');}
var table=document.getElementById('units');if(!table)return;
var body=table.tBodies[0],rows=Array.prototype.slice.call(body.rows);
rows.forEach(function(r){r.k=fold(r.getAttribute('data-find')||'');});
var q=document.getElementById('filter'),st=document.getElementById('status-filter'),shown=document.getElementById('shown');
function apply(){var s=fold(q.value.trim()),v=st.value,n=0;
rows.forEach(function(r){var ok=(!s||r.k.indexOf(s)>=0)&&(!v||r.getAttribute('data-status')===v);r.hidden=!ok;if(ok)n++;});
shown.textContent=String(n);}
var p=new URLSearchParams(location.search);
if(p.get('q'))q.value=p.get('q');if(p.get('status'))st.value=p.get('status');
q.addEventListener('input',apply);st.addEventListener('change',apply);apply();
Array.prototype.forEach.call(table.tHead.querySelectorAll('th[data-key]'),function(th){
th.addEventListener('click',function(){var k=th.getAttribute('data-key'),num=th.hasAttribute('data-num'),
up=th.getAttribute('aria-sort')!=='ascending';
Array.prototype.forEach.call(table.tHead.querySelectorAll('th'),function(h){h.removeAttribute('aria-sort');});
th.setAttribute('aria-sort',up?'ascending':'descending');
rows.sort(function(a,b){var x=a.getAttribute('data-'+k)||'',y=b.getAttribute('data-'+k)||'';
var c=num?(parseFloat(x||'-1e9')-parseFloat(y||'-1e9')):x.localeCompare(y,'vi');
if(!c)c=(+a.getAttribute('data-order'))-(+b.getAttribute('data-order'));return up?c:-c;});
rows.forEach(function(r){body.appendChild(r);});});});
function reveal(){var id=decodeURIComponent(location.hash.slice(1)),e=id&&document.getElementById(id);if(!e)return;
for(var n=e;n;n=n.parentElement){if(n.tagName==='DETAILS')n.open=true;if(n.hidden){q.value='';st.value='';apply();}}
e.scrollIntoView();}
window.addEventListener('hashchange',reveal);reveal();
})();
)JS";

}  // namespace baocao::html
