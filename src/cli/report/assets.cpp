// The page's inline CSS and script. The script only adds comfort (section toggles, the
// geography highlight) and a render check that tests read from the DOM; the charts are
// complete SVG without it, so the page also prints and reads with scripts off.
#include "report/sections.hpp"

namespace ig_cli::report {

std::string_view page_css() {
  return R"CSS(:root { --ink: #1d2430; --muted: #5b6472; --line: #d5dae1; --paper: #ffffff; --panel: #f5f7fa;
  --achieved: #1b5e20; --on-track: #43a047; --moderate: #c0ca33; --limited: #f2a71b; --deteriorating: #c62828;
  --none: #c9ced6;
  --focus: #1f5fa8; --peer: #e07b00; --women: #b23a8a; --men: #2a7ab0; }
* { box-sizing: border-box; }
html { background: var(--paper); color: var(--ink); }
body { margin: 0 auto; max-width: 1240px; padding: 16px 24px 48px;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 26px; margin: 2px 0 4px; }
h2 { font-size: 20px; margin: 0 0 6px; display: flex; align-items: center; gap: 12px; }
h3 { font-size: 14px; margin: 0 0 2px; }
h3.sub { margin: 18px 0 8px; font-size: 15px; }
.kicker { text-transform: uppercase; letter-spacing: .08em; color: var(--muted); margin: 0; font-size: 12px; }
.byline, .meta, .intro, figcaption, .note { color: var(--muted); }
figcaption { font-size: 12px; margin-top: 4px; }
.byline { margin: 0; }
.meta, .targets { margin: 0 0 4px; font-size: 12px; }
.intro { margin: 0 0 12px; max-width: 80ch; }
.note { font-style: italic; border-left: 3px solid var(--line); padding: 2px 10px; }
.page-head { border-bottom: 2px solid var(--ink); padding-bottom: 10px; margin-bottom: 12px; }
.toc { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 8px 14px; margin-bottom: 18px; }
.toc h2 { font-size: 14px; margin: 0 0 4px; }
.toc ol { margin: 0; padding-left: 20px; columns: 2; }
.toc a { color: var(--focus); }
.report-section { border-top: 1px solid var(--line); padding: 18px 0 8px; }
.report-section.collapsed > .body, .report-section.collapsed > .intro { display: none; }
.toggle { font: inherit; font-size: 12px; padding: 1px 10px; border: 1px solid var(--line); border-radius: 10px;
  background: var(--paper); color: var(--muted); cursor: pointer; }
figure { margin: 0 0 14px; }
figure.chart svg { max-width: 100%; height: auto; display: block; }
.grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(540px, 1fr)); gap: 14px 18px; }
.grid.narrow { grid-template-columns: repeat(auto-fill, minmax(370px, 1fr)); }
.card, figure.trend, figure.bars { border: 1px solid var(--line); border-radius: 6px; padding: 8px 10px; }
.card.empty { color: var(--muted); }
.facts { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 8px; margin: 0 0 12px; }
.fact { background: var(--panel); border-radius: 6px; padding: 6px 10px; }
.fact .value { font-size: 20px; font-weight: 600; display: block; }
.fact .label { color: var(--muted); font-size: 12px; }
.columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(340px, 1fr)); gap: 18px; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { text-align: left; padding: 3px 8px 3px 0; border-bottom: 1px solid var(--line); vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.legend { list-style: none; padding: 0; margin: 0 0 8px; display: flex; flex-wrap: wrap; gap: 4px 16px; font-size: 12px; color: var(--muted); }
.swatch { display: inline-block; width: 12px; height: 12px; border-radius: 3px; margin-right: 5px; vertical-align: -1px; }
.swatch-line { display: inline-block; width: 22px; height: 0; border-top: 2px solid #7a8594; margin-right: 5px; vertical-align: 3px; }
.swatch-line.negative { border-top: 2px dashed var(--deteriorating); }
.swatch-line.focus { border-top: 3px solid var(--focus); }
.swatch-line.other { border-top: 1px solid #aeb6c1; }
.swatch-line.peer { border-top: 2px solid var(--peer); }
.swatch-line.trajectory { border-top: 2px dashed #333; }
.swatch-line.threshold { border-top: 1px dotted #333; }
.swatch.baseline { background: #333; border-radius: 0; }
.swatch.target { background: var(--on-track); transform: rotate(45deg) scale(.8); }
.st-target-achieved { --fill: var(--achieved); --text: #fff; } .st-on-track { --fill: var(--on-track); --text: #fff; }
.st-moderate { --fill: var(--moderate); } .st-limited { --fill: var(--limited); }
.st-deteriorating { --fill: var(--deteriorating); --text: #fff; } .st-none { --fill: var(--none); }
.sh-0 { --fill: #d73027; } .sh-1 { --fill: #fc8d59; } .sh-2 { --fill: #fee08b; } .sh-3 { --fill: #91cf60; }
.sh-4 { --fill: #1a9850; } .sh-none { --fill: #e4e7ec; }
.swatch[class*="st-"], .swatch[class*="sh-"] { background: var(--fill); }
.swatch.dot { border-radius: 50%; } .swatch.dot.better { background: var(--focus); } .swatch.dot.worse { background: var(--peer); }
.swatch.women { background: var(--women); } .swatch.men { background: var(--men); }
.swatch-line.reference { border-top: 2px dashed #111; }
.badge { display: inline-block; border-radius: 9px; padding: 0 8px; font-size: 11px; background: var(--fill);
  color: var(--text, #000); white-space: nowrap; }
svg text { font-size: 10px; fill: var(--ink); }
svg .column-head { font-size: 11px; font-weight: 600; fill: var(--muted); }
svg .tick { fill: var(--muted); }
svg .gridline { stroke: #e6e9ee; stroke-width: 1; }
svg .axis { stroke: #9aa3ae; stroke-width: 1; }
svg .edge { fill: none; stroke: #7a8594; stroke-opacity: .5; }
svg .edge.negative { stroke: var(--deteriorating); stroke-dasharray: 5 3; stroke-opacity: .85; }
svg .node rect { fill: var(--fill); stroke: #56606d; stroke-width: .6; }
svg .node text { font-size: 9.5px; }
svg .node:hover rect { stroke-width: 2; }
svg .band { fill-opacity: .45; stroke: none; }
svg .band:hover { fill-opacity: .75; }
svg .sankey-label { font-size: 11px; paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; }
svg .sankey-amount { font-size: 10px; fill: var(--muted); paint-order: stroke; stroke: #fff; stroke-width: 3px; }
svg .series { fill: none; stroke-linejoin: round; stroke-linecap: round; }
svg .series.other { stroke: #aeb6c1; stroke-width: 1; stroke-opacity: .7; }
svg .series.peer { stroke: var(--peer); stroke-width: 1.6; }
svg .series.focus { stroke: var(--focus); stroke-width: 2.6; }
svg .series.highlight { stroke: #111; stroke-width: 2.6; stroke-opacity: 1; }
svg .series.women { stroke: var(--women); stroke-width: 2.4; }
svg .series.men { stroke: var(--men); stroke-width: 2.4; }
svg .point { fill: var(--focus); }
svg .lone { fill: #aeb6c1; } svg .lone.peer { fill: var(--peer); } svg .lone.focus { fill: var(--focus); }
svg .lone.highlight { fill: #111; }
svg .point.women { fill: var(--women); } svg .point.men { fill: var(--men); }
svg .baseline { fill: #333; }
svg .target { fill: var(--on-track); stroke: #fff; stroke-width: 1; }
svg .trajectory { stroke: #333; stroke-width: 1.4; stroke-dasharray: 6 4; }
svg .threshold { stroke: #333; stroke-width: 1; stroke-dasharray: 2 3; }
svg .threshold-label { fill: #333; }
svg .bar { fill: var(--focus); fill-opacity: .8; }
svg .bar.highlight { fill: #111; }
svg .bar.women { fill: var(--women); } svg .bar.men { fill: var(--men); }
svg .bar.share { fill: var(--focus); }
svg .reference { stroke: #111; stroke-width: 1.5; stroke-dasharray: 3 2; }
svg .dot { fill: #7a8594; stroke: #fff; stroke-width: 1; }
svg .dot.better { fill: var(--focus); } svg .dot.worse { fill: var(--peer); }
svg .dot.highlight { stroke: #111; stroke-width: 2; }
svg .stem { stroke: #b9c0ca; stroke-width: 1.5; }
svg .stem.better { stroke: #9dbbe0; } svg .stem.worse { stroke: #f3c08a; }
svg .series-label { font-size: 10px; font-weight: 600; }
svg .series-label.women { fill: var(--women); } svg .series-label.men { fill: var(--men); }
.finding { margin: 4px 0 0; font-size: 12px; border-left: 3px solid var(--limited); padding-left: 8px; }
tr.flagged td { background: #fff4e0; }
.targets .badge { margin-left: 2px; }
.picker { display: inline-block; margin: 0 0 10px; font-size: 13px; }
.assessments { margin-bottom: 12px; }
.assessments th, .assessments td.geo { white-space: nowrap; }
.page-foot { margin-top: 24px; color: var(--muted); font-size: 12px; border-top: 1px solid var(--line); padding-top: 8px; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  html, body { background: #fff !important; color: #000; }
  body { max-width: none; padding: 0; font-size: 11px; }
  .toc, .no-print, .toggle { display: none !important; }
  .report-section { break-before: page; border-top: none; padding-top: 0; }
  #summary { break-before: auto; }
  .report-section.collapsed > .body, .report-section.collapsed > .intro { display: block; }
  figure, .card, tr, .fact { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  .grid, .grid.narrow { grid-template-columns: 1fr 1fr; }
  a { color: inherit; text-decoration: none; }
}
)CSS";
}

std::string_view page_script() {
  return R"JS((function () {
  "use strict";
  var root = document.documentElement;
  var errors = [];
  function fail(message) {
    errors.push(String(message));
    root.setAttribute("data-render-errors", errors.join(" | "));
    root.setAttribute("data-render", "failed");
  }
  window.addEventListener("error", function (e) { fail(e.message); });

  function toggles() {
    var hide = root.getAttribute("data-hide"), show = root.getAttribute("data-show");
    document.querySelectorAll("section.report-section > h2").forEach(function (h) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "toggle no-print";
      button.textContent = hide;
      button.setAttribute("aria-expanded", "true");
      button.addEventListener("click", function () {
        var collapsed = h.parentNode.classList.toggle("collapsed");
        button.textContent = collapsed ? show : hide;
        button.setAttribute("aria-expanded", String(!collapsed));
      });
      h.appendChild(button);
    });
  }

  function geographyPicker() {
    var select = document.querySelector("[data-geo-select]");
    if (!select) return;
    function apply() {
      document.querySelectorAll("#trends [data-geo], #equality [data-geo]").forEach(function (el) {
        el.classList.toggle("highlight", el.getAttribute("data-geo") === select.value);
      });
    }
    select.addEventListener("change", apply);
  }

  // Every chart must have drawn shapes with a size: the tests read these attributes.
  function check() {
    var charts = document.querySelectorAll("figure.chart");
    var empty = [];
    charts.forEach(function (figure) {
      var svg = figure.querySelector("svg");
      var shapes = svg ? svg.querySelectorAll("path, rect, circle, line").length : 0;
      var box = svg ? svg.getBoundingClientRect() : { width: 0, height: 0 };
      if (shapes < 1 || box.width < 1 || box.height < 1) empty.push(figure.getAttribute("data-chart"));
    });
    root.setAttribute("data-charts", String(charts.length));
    root.setAttribute("data-empty-charts", empty.join(" "));
    if (errors.length === 0) root.setAttribute("data-render", empty.length === 0 ? "ok" : "failed");
  }

  try {
    toggles();
    geographyPicker();
    check();
  } catch (e) {
    fail(e && e.message ? e.message : e);
  }
})();
)JS";
}

}  // namespace ig_cli::report
