/* Draws ustflow charts with vega-embed; shared by the dashboard (served from /static) and the report (inlined).
   ast: true uses Vega's expression interpreter, so no eval is needed and the CSP can forbid it. */
(function () {
  "use strict";
  window.ustflowCharts = window.ustflowCharts || {};

  window.ustflowRender = function (el, spec, id) {
    var s = Object.assign({}, spec, {width: "container", autosize: {type: "fit-x", contains: "padding"}});
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
