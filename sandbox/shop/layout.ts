// Shared page frame and style of the demo shop. Inline CSS only: the pages load no external resources.

const STYLE = `
*{box-sizing:border-box}body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2933;background:#f4f5f7}
header.top{background:#0f3d3e;color:#fff;padding:14px 28px;display:flex;align-items:center;gap:24px}
header.top .brand{font-weight:700;font-size:20px;letter-spacing:.5px}header.top nav a{color:#cde8e5;margin-right:16px;text-decoration:none}
header.top nav a:hover{color:#fff}main{max-width:1040px;margin:24px auto;padding:0 20px}
h1{font-size:24px;margin:0 0 16px}h2{font-size:18px;margin:24px 0 10px}
.card{background:#fff;border-radius:10px;box-shadow:0 1px 3px rgba(15,61,62,.12);padding:18px 22px;margin-bottom:18px}
table{width:100%;border-collapse:collapse}th,td{text-align:left;padding:10px 8px;border-bottom:1px solid #e4e7eb;vertical-align:top}
th{font-size:12px;text-transform:uppercase;color:#616e7c;letter-spacing:.6px}
.pill{display:inline-block;border-radius:999px;padding:2px 10px;font-size:12px;font-weight:600}
.pill.ok{background:#def7ec;color:#03543f}.pill.go{background:#e1effe;color:#1e429f}.pill.warn{background:#fdf6b2;color:#723b13}.pill.bad{background:#fde8e8;color:#9b1c1c}
.muted{color:#7b8794;font-size:13px}.price{font-variant-numeric:tabular-nums;font-weight:600}
.btn{display:inline-block;background:#0f766e;color:#fff;border:0;border-radius:6px;padding:8px 16px;font:inherit;cursor:pointer;text-decoration:none}
.btn.ghost{background:#fff;color:#0f766e;border:1px solid #0f766e}
input,textarea{font:inherit;padding:8px 10px;border:1px solid #cbd2d9;border-radius:6px;width:100%}
.grid{display:grid;grid-template-columns:2fr 1fr;gap:18px}
footer{max-width:1040px;margin:30px auto;padding:0 20px 30px;color:#7b8794;font-size:13px}
.mail{display:grid;grid-template-columns:180px 280px 1fr;min-height:560px;background:#fff;border-radius:10px;overflow:hidden;box-shadow:0 1px 3px rgba(0,0,0,.1)}
.mail aside{background:#f0f4f8;padding:16px}.mail aside a{display:block;padding:6px 8px;border-radius:6px;color:#334e68;text-decoration:none}
.mail aside a.on{background:#d9e2ec;font-weight:600}.mail .list{border-right:1px solid #e4e7eb}
.mail .item{padding:12px 14px;border-bottom:1px solid #eef1f4}.mail .item.on{background:#e6fffa}
.mail .item b{display:block}.mail .read{padding:22px 28px}.mail .read .from{color:#52606d;font-size:13px;margin-bottom:18px}
.shipment{border-left:4px solid #0f766e;padding-left:12px;margin:10px 0}
`;

export function page(opts: { lang: 'en' | 'pl'; title: string; nav: Array<[string, string]>; body: string; footer: string; script?: string }): string {
  const nav = opts.nav.map(([href, label]) => `<a href="${href}">${label}</a>`).join('');
  return `<!doctype html>
<html lang="${opts.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${opts.title} · Northwind Goods</title>
<style>${STYLE}</style>
</head>
<body>
<header class="top"><span class="brand">Northwind Goods</span><nav>${nav}</nav></header>
<main>
${opts.body}
</main>
<footer>${opts.footer}</footer>
${opts.script ? `<script>${opts.script}</script>` : ''}
</body>
</html>
`;
}

/** A button with the page's own click handler, so tests can check it still works with the extension loaded. */
export const CLICK_BUTTON = (label: string, done: string) =>
  `<p><button class="btn" id="page-button" type="button">${label}</button> <span id="page-button-result" class="muted"></span></p>`
  + `<script>(function(){var n=0;document.getElementById('page-button').addEventListener('click',function(){n++;`
  + `document.getElementById('page-button-result').textContent=${JSON.stringify(done)}+' ('+n+')';});})();</script>`;
