/* Draws ustflow charts with vega-embed; shared by the dashboard (served from /static) and the report (inlined).
   ast: true uses Vega's expression interpreter, so no eval is needed and the CSP can forbid it. */
(function () {
  "use strict";
  window.ustflowCharts = window.ustflowCharts || {};

  /* Lines of at most n characters, broken at spaces. */
  function wrapText(text, n) {
    var out = [], line = "";
    String(text).split(" ").forEach(function (w) {
      if (line && (line + " " + w).length > n) { out.push(line); line = w; } else { line = line ? line + " " + w : w; }
    });
    if (line) { out.push(line); }
    return out;
  }

  /* Fit the spec to its container: titles wrap, legends and axis labels are not cut short, and a
     narrow screen gets the legend below the chart in columns. */
  function fitted(spec, px) {
    var s = Object.assign({}, spec, {width: "container", autosize: {type: "fit-x", contains: "padding"}});
    var chars = Math.max(30, Math.floor((px - 20) / 6.6));
    if (s.title && typeof s.title === "object") {
      var t = Object.assign({}, s.title);
      var subs = Array.isArray(t.subtitle) ? t.subtitle : (t.subtitle ? [t.subtitle] : []);
      t.subtitle = [].concat.apply([], subs.map(function (x) { return wrapText(x, chars); }));
      t.text = wrapText(t.text, Math.max(24, Math.floor((px - 20) / 9.5)));  // 15px bold
      s.title = t;
    }
    var cfg = Object.assign({}, s.config || {});
    cfg.legend = Object.assign({}, cfg.legend || {}, {labelLimit: Math.max(120, px - 60)});
    if (px < 700) {
      cfg.legend = Object.assign(cfg.legend, {orient: "bottom", direction: "vertical", columns: px < 450 ? 1 : 2});
    }
    cfg.axis = Object.assign({}, cfg.axis || {}, {labelLimit: Math.max(120, Math.floor(px * 0.4))});
    s.config = cfg;
    return s;
  }
  window.ustflowFit = fitted;

  window.ustflowRender = function (el, spec, id) {
    var s = fitted(spec, el.clientWidth || 800);
    el.dataset.rendered = "pending";
    return window.vegaEmbed(el, s, {mode: "vega-lite", renderer: "svg", actions: false, ast: true})
      .then(function (res) {
        window.ustflowCharts[id] = res.view;
        el.dataset.rendered = "1";
        return res;
      })
      .catch(function (err) {
        el.dataset.rendered = "error";
        el.textContent = "This chart could not be drawn: " + err;
        console.error("chart " + id + ": " + err);
      });
  };

  /* Every figure holding its spec as a JSON script (class "spec") is drawn on load. */
  window.ustflowRenderAll = function (root) {
    var figs = (root || document).querySelectorAll("figure[data-chart]");
    return Promise.all(Array.prototype.map.call(figs, function (fig) {
      var holder = fig.querySelector("script.spec");
      if (!holder) { return null; }
      return window.ustflowRender(fig.querySelector(".vis"), JSON.parse(holder.textContent), fig.dataset.chart);
    }));
  };
})();
