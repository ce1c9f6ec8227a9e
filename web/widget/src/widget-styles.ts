// The widget's styles, inside its shadow root: nothing leaks into the host page and the page's CSS cannot reach in.
// Logical properties (inline-start/end) so right-to-left languages mirror without a second stylesheet.
export const widgetCss = `
:host{all:initial}
.bl{font:15px/1.45 system-ui,-apple-system,"Segoe UI","Hiragino Sans","Noto Sans JP","Noto Sans",Roboto,"Noto Sans Arabic",sans-serif;color:#17212b;--accent:#1f5f8b}
.bl *{box-sizing:border-box;font:inherit}
.launcher{position:fixed;inset-block-end:20px;inset-inline-end:20px;z-index:2147483000;width:56px;height:56px;border-radius:50%;border:0;background:var(--accent);color:#fff;cursor:pointer;box-shadow:0 4px 14px rgba(0,0,0,.25);display:grid;place-items:center}
.launcher svg{width:26px;height:26px;fill:currentColor}
.launcher:focus-visible,.bl button:focus-visible,.bl textarea:focus-visible,.bl input:focus-visible,.bl a:focus-visible{outline:3px solid #f2b705;outline-offset:2px}
.badge{position:absolute;inset-block-start:-4px;inset-inline-end:-4px;min-width:20px;height:20px;border-radius:10px;background:#c0392b;color:#fff;font-size:12px;line-height:20px;text-align:center;padding:0 5px}
.panel{position:fixed;inset-block-end:88px;inset-inline-end:20px;z-index:2147483000;width:370px;max-width:calc(100vw - 24px);height:560px;max-height:calc(100vh - 110px);background:#fff;border-radius:14px;box-shadow:0 10px 40px rgba(0,0,0,.28);display:flex;flex-direction:column;overflow:hidden}
.panel[hidden],.bl [hidden]{display:none!important}
@media (max-width:480px){.panel{inset:0;width:auto;max-width:none;height:auto;max-height:none;border-radius:0}}
header{display:flex;align-items:center;gap:8px;padding:12px 14px;background:var(--accent);color:#fff}
header h2{margin:0;font-size:16px;font-weight:600;flex:1}
.icon{background:transparent;border:0;color:inherit;cursor:pointer;font-size:22px;line-height:1;padding:4px 8px;border-radius:6px}
.status{font-size:13px;background:#fff4d6;color:#5c4400;padding:6px 14px}
.notice{background:#eef4f9;border-block-end:1px solid #d5e2ec;padding:10px 14px;font-size:14px}
.notice time{font-weight:600}
.log{margin:0;padding:12px;flex:1;overflow-y:auto;display:flex;flex-direction:column;gap:8px;background:#f7f8fa}
.msg{max-width:82%;padding:8px 11px;border-radius:14px;white-space:pre-wrap;overflow-wrap:anywhere;background:#fff;border:1px solid #e3e6ea;align-self:flex-start}
.msg.in{align-self:flex-end;background:var(--accent);border-color:var(--accent);color:#fff}
.msg .who{display:block;font-size:12px;font-weight:600;margin-block-end:2px;color:#4a5a6a}
.msg.in .who{color:#e8f1f8}
.msg .meta{display:block;font-size:11px;opacity:.75;margin-block-start:3px;text-align:end}
.msg .file{display:block;font-size:13px;text-decoration:underline dotted;color:inherit;margin-block-start:4px}
.clip svg{inline-size:1.1em;block-size:1.1em;vertical-align:-.2em;fill:none;stroke:currentColor;stroke-width:2;stroke-linecap:round;stroke-linejoin:round}
.msg .file .clip{margin-inline-end:4px}
.msg .file .size{margin-inline-start:6px;opacity:.8;white-space:nowrap}
.msg .file img{display:block;max-inline-size:200px;max-block-size:150px;border-radius:8px;margin-block-end:3px;background:#eef1f4}
.msg.pending{opacity:.7}
.msg.failed{outline:2px dashed #c0392b}
.typing{font-size:13px;color:#4a5a6a;padding:4px 14px;font-style:italic}
form{margin:0}
.composer{display:flex;align-items:flex-end;gap:6px;padding:8px;border-block-start:1px solid #e3e6ea;background:#fff}
.composer textarea{flex:1;resize:none;border:1px solid #c9d0d7;border-radius:10px;padding:8px 10px;min-height:40px;max-height:120px}
.attach{position:relative;cursor:pointer;color:#4a5a6a}
.attach input{position:absolute;inline-size:1px;block-size:1px;opacity:0}
.send{background:var(--accent);color:#fff;border:0;border-radius:10px;padding:9px 14px;cursor:pointer;font-weight:600}
.card{padding:14px;display:flex;flex-direction:column;gap:10px;background:#fff;border-block-start:1px solid #e3e6ea}
.card p{margin:0}
.card label{display:flex;flex-direction:column;gap:4px;font-size:14px;font-weight:600}
.card input,.card textarea{font-weight:400;border:1px solid #c9d0d7;border-radius:8px;padding:8px 10px}
.card textarea{min-height:70px;resize:vertical}
.error{color:#a61b1b;font-size:13px}
.thanks{color:#1d6b3a;font-weight:600}
`;
