// The stylesheets of the in-page marks (overlay.ts) and the submit dialog (dialog.ts). They come
// with the background's marks message, not in the content script, whose size is budgeted: nothing
// is drawn in a page before a marks message (the dialog opens on instructions, which that message
// brings). Applied through the CSSOM in a closed shadow root (isolated-host.ts).

export interface InPageStyles {
  marks: string;
  dialog: string;
}

export const IN_PAGE_STYLES: InPageStyles = {
  // `all: initial` keeps the page's CSS out; the layer is fixed and sizeless (nothing in the page
  // moves), pointer-events only on the badges. White text on each colour is 4.5:1; forced-colours
  // mode draws with system colours.
  marks: `
:host{all:initial}
.layer{position:fixed;inset:0 auto auto 0;width:0;height:0;overflow:visible;z-index:2147483646;pointer-events:none;font:12px/1.4 system-ui,sans-serif}
.box{position:fixed;box-sizing:border-box;border:2px solid var(--c);border-radius:3px;pointer-events:none}
.box.flash{animation:flash 0.6s ease-in-out 3;box-shadow:0 0 0 4px color-mix(in srgb,var(--c) 35%,transparent)}
@keyframes flash{50%{box-shadow:0 0 0 8px color-mix(in srgb,var(--c) 20%,transparent)}}
.badge{position:fixed;width:18px;height:18px;margin:0;padding:0;border:0;border-radius:50%;background:var(--c);color:#fff;font:bold 12px/18px system-ui,sans-serif;text-align:center;cursor:help;pointer-events:auto}
.badge:focus-visible{outline:3px solid #174ea6;outline-offset:2px}
.tip{position:fixed;display:none;max-width:320px;padding:8px 10px;border-radius:6px;background:#202124;color:#fff;white-space:normal;pointer-events:auto;box-shadow:0 2px 8px rgba(0,0,0,.3)}
.tip p{margin:0 0 4px}.tip p:last-child{margin:0}
.badge:hover+.tip,.badge:focus+.tip,.tip:hover{display:block}
@media (forced-colors:active){.box{border-color:Highlight}.badge{border:2px solid ButtonText}.tip{border:1px solid CanvasText}}
`,
  // Colours meet 4.5:1; a transparent border becomes visible in forced-colours mode; at 200% zoom
  // the dialog scrolls inside the window.
  dialog: `
:host{all:initial}
.backdrop{position:fixed;inset:0;z-index:2147483647;background:rgba(32,33,36,.55);display:flex;align-items:center;justify-content:center;font:14px/1.5 system-ui,sans-serif}
.dialog{box-sizing:border-box;max-width:460px;max-height:calc(100vh - 32px);overflow:auto;margin:16px;padding:20px 22px;border:2px solid transparent;border-radius:10px;background:#fff;color:#202124;box-shadow:0 8px 28px rgba(0,0,0,.35)}
h2{margin:0 0 8px;font-size:17px;line-height:1.35;color:#a50e0e}
p{margin:0 0 10px}ul{margin:0 0 14px;padding-left:20px}
.actions{display:flex;gap:10px;justify-content:flex-end}
button{font:inherit;padding:7px 14px;border-radius:6px;border:1px solid #80868b;background:#fff;color:#1558b0;cursor:pointer}
button.primary{background:#1967d2;border-color:#1967d2;color:#fff}
button:focus-visible{outline:3px solid #174ea6;outline-offset:2px}
`,
};
