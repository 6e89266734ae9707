"""bench_report: renders a sparrow-bench results.json as one self-contained HTML page.

The page needs no network and no JavaScript framework: a table of medians and spreads, and SVG
charts drawn here as plain rectangles and lines — speed of each VM relative to the baseline per
benchmark (log scale, with the interquartile range as a whisker), the geometric mean per VM, and
peak memory. A few lines of script at the end only measure the drawn charts, so a headless
browser test can check that they rendered.
"""
import math

import bench_stats

PALETTE = ["#1b6ca8", "#e07b39", "#3a9d5d", "#c23b4b", "#7d5ba6", "#8c6d31", "#2a9d9f", "#b05aa0"]

ROW_HEIGHT = 13       # one bar
GROUP_GAP = 10        # between benchmarks
LABEL_WIDTH = 150     # benchmark or VM names on the left, at least (longer names widen it)
CHAR_WIDTH = 6.5      # a generous average width of an 11px label character
PLOT_WIDTH = 560
VALUE_WIDTH = 70      # numbers right of the plot (and VM names after them, which widen it)
MAX_TICK_LABELS = 9   # a log axis spanning more powers of two labels only some of them


def vm_colors(vms):
    """{vm name: colour}: the palette, then hues spread by the golden angle for more VMs."""
    colors = {}
    for i, vm in enumerate(vms):
        if i < len(PALETTE):
            colors[vm["name"]] = PALETTE[i]
        else:
            colors[vm["name"]] = "hsl(%d, 55%%, 45%%)" % ((i * 137.508) % 360)
    return colors


def label_width(labels):
    """The width of the label column left of a chart, enough for its longest label."""
    longest = max([0] + [len(str(label)) for label in labels])
    return max(LABEL_WIDTH, int(longest * CHAR_WIDTH) + 12)


def escape(text):
    text = str(text)
    for raw, entity in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;")):
        text = text.replace(raw, entity)
    return text


def fmt_time(seconds):
    if seconds >= 1:
        return "%.2f s" % seconds
    return "%.1f ms" % (seconds * 1000)


class LogAxis:
    """Maps ratios to x on a log2 scale whose ends are powers of two around the data and 1;
    the plot starts at x = left."""

    def __init__(self, values, left):
        self.left = left
        low = min([1.0] + values)
        high = max([1.0] + values)
        self.low_exp = int(math.floor(math.log(low, 2) - 1e-9))
        self.high_exp = int(math.ceil(math.log(high, 2) + 1e-9))
        if self.high_exp == self.low_exp:
            self.high_exp += 1

    def x(self, ratio):
        ratio = max(ratio, 2.0 ** self.low_exp)
        span = self.high_exp - self.low_exp
        return self.left + PLOT_WIDTH * (math.log(ratio, 2) - self.low_exp) / span

    def ticks(self):
        """(ratio, labelled) for every power of two on the axis; 1x is always labelled."""
        span = self.high_exp - self.low_exp
        every = (span + MAX_TICK_LABELS - 1) // MAX_TICK_LABELS
        return [(2.0 ** e, e % every == 0) for e in range(self.low_exp, self.high_exp + 1)]


def tick_label(value):
    return ("%gx" % value) if value >= 1 else ("1/%gx" % (1 / value))


def value_width(vm_names):
    """The width right of a plot whose bars are labelled with a value and a VM name."""
    return VALUE_WIDTH + max([0] + [int(len(name) * CHAR_WIDTH) for name in vm_names])


def value_text(x, y, value, vm_name):
    """The label after a bar: its value, then the VM's name in grey."""
    return ('<text x="%d" y="%d" class="value">%s <tspan class="vm">%s</tspan></text>'
            % (x, y, value, escape(vm_name)))


def svg_open(chart_id, left, height, title, right=VALUE_WIDTH):
    width = left + PLOT_WIDTH + right
    return ['<svg class="chart" id="%s" xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" '
            'viewBox="0 0 %d %d" role="img" aria-label="%s">' % (chart_id, width, height, width, height,
                                                                  escape(title))]


def log_axis_lines(axis, top, bottom, parts):
    for tick, labelled in axis.ticks():
        x = axis.x(tick)
        stroke = "#555" if tick == 1 else "#ddd"
        parts.append('<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="%s"/>' % (x, top, x, bottom, stroke))
        if labelled:
            parts.append('<text x="%.1f" y="%d" class="tick">%s</text>' % (x, bottom + 12, tick_label(tick)))


def ratio_bar(axis, y, vm, ratio, low, high, color, tip, parts):
    """A bar from 1x to `ratio` with a whisker over [low, high], the value and VM after it."""
    x0, x1 = axis.x(1.0), axis.x(ratio)
    left, width = min(x0, x1), max(abs(x1 - x0), 1.0)
    parts.append('<rect class="bar" x="%.1f" y="%d" width="%.1f" height="%d" fill="%s"><title>%s</title></rect>'
                 % (left, y, width, ROW_HEIGHT - 3, color, escape(tip)))
    if low is not None and high is not None:
        mid = y + (ROW_HEIGHT - 3) / 2
        parts.append('<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#222" stroke-width="1"/>'
                     % (axis.x(low), mid, axis.x(high), mid))
    parts.append(value_text(axis.left + PLOT_WIDTH + 6, y + ROW_HEIGHT - 4, "%.2fx" % ratio, vm))


def index(results):
    return dict(((r["benchmark"], r["vm"]), r) for r in results)


def relative_chart(data, colors):
    """Speed of each VM relative to the baseline, per benchmark."""
    baseline = data["settings"]["baseline"]
    table = index(data["results"])
    others = [vm["name"] for vm in data["vms"] if vm["name"] != baseline]
    rows = []
    for bench in data["benchmarks"]:
        base = table.get((bench["name"], baseline))
        if not base or base["status"] != "ok":
            continue
        bars = []
        for vm in others:
            entry = table.get((bench["name"], vm))
            if entry and entry["status"] == "ok" and entry.get("wall"):
                ratio = base["wall"]["median"] / entry["wall"]["median"]
                low = base["wall"]["median"] / entry["wall"]["q3"]
                high = base["wall"]["median"] / entry["wall"]["q1"]
                bars.append((vm, ratio, low, high))
        if bars:
            rows.append((bench["name"], bars))
    if not rows:
        return "<p>No benchmark ran on both the baseline and another VM.</p>"
    left = label_width(name for name, _ in rows)
    axis = LogAxis([v for _, bars in rows for bar in bars for v in bar[1:]], left)
    height = 20 + sum(len(bars) * ROW_HEIGHT + GROUP_GAP for _, bars in rows) + 20
    parts = svg_open("chart-relative", left, height, "speed relative to " + baseline, value_width(others))
    log_axis_lines(axis, 10, height - 20, parts)
    y = 14
    for name, bars in rows:
        parts.append('<text x="%d" y="%d" class="label">%s</text>'
                     % (left - 6, y + len(bars) * ROW_HEIGHT // 2 + 4, escape(name)))
        for vm, ratio, low, high in bars:
            ratio_bar(axis, y, vm, ratio, low, high, colors[vm],
                      "%s on %s: %.2fx %s" % (vm, name, ratio, baseline), parts)
            y += ROW_HEIGHT
        y += GROUP_GAP
    parts.append("</svg>")
    return "\n".join(parts)


def geomean_chart(data, colors):
    """The geometric mean over benchmarks of each VM's speed relative to the baseline."""
    baseline = data["settings"]["baseline"]
    table = index(data["results"])
    bars = []
    for vm in [v["name"] for v in data["vms"]]:
        ratios = []
        for bench in data["benchmarks"]:
            a, b = table.get((bench["name"], baseline)), table.get((bench["name"], vm))
            if a and b and a.get("wall") and b.get("wall") and a["status"] == "ok" and b["status"] == "ok":
                ratios.append(a["wall"]["median"] / b["wall"]["median"])
        mean = bench_stats.geometric_mean(ratios)
        if mean:
            bars.append((vm, mean, len(ratios)))
    if not bars:
        return "<p>No geometric mean: no benchmark ran on the baseline.</p>"
    left = label_width(vm for vm, _, _ in bars)
    axis = LogAxis([m for _, m, _ in bars], left)
    height = 20 + len(bars) * (ROW_HEIGHT + 6) + 24
    parts = svg_open("chart-geomean", left, height, "geometric mean of speed relative to " + baseline)
    log_axis_lines(axis, 10, height - 20, parts)
    y = 14
    for vm, mean, count in bars:
        parts.append('<text x="%d" y="%d" class="label">%s</text>' % (left - 6, y + ROW_HEIGHT - 4, escape(vm)))
        ratio_bar(axis, y, "", mean, None, None, colors[vm],
                  "%s: %.2fx %s (geometric mean of %d benchmarks)" % (vm, mean, baseline, count), parts)
        y += ROW_HEIGHT + 6
    parts.append("</svg>")
    return "\n".join(parts)


def memory_chart(data, colors):
    """Median peak resident set size of each VM per benchmark (linear scale, MiB)."""
    table = index(data["results"])
    vms = [vm["name"] for vm in data["vms"]]
    rows = []
    for bench in data["benchmarks"]:
        bars = []
        for vm in vms:
            entry = table.get((bench["name"], vm))
            if entry and entry["status"] == "ok" and entry.get("maxrss_kb"):
                bars.append((vm, entry["maxrss_kb"] / 1024.0))
        if bars:
            rows.append((bench["name"], bars))
    if not rows:
        return "<p>No memory figures.</p>"
    top = max(mb for _, bars in rows for _, mb in bars)
    step = nice_step(top / 5)
    limit = step * math.ceil(top / step)
    left = label_width(name for name, _ in rows)
    height = 20 + sum(len(bars) * ROW_HEIGHT + GROUP_GAP for _, bars in rows) + 20
    parts = svg_open("chart-memory", left, height, "peak memory", value_width(vms))
    tick = 0.0
    while tick <= limit + 1e-9:
        x = left + PLOT_WIDTH * tick / limit
        parts.append('<line x1="%.1f" y1="10" x2="%.1f" y2="%d" stroke="#ddd"/>' % (x, x, height - 20))
        parts.append('<text x="%.1f" y="%d" class="tick">%g MiB</text>' % (x, height - 8, tick))
        tick += step
    y = 14
    for name, bars in rows:
        parts.append('<text x="%d" y="%d" class="label">%s</text>'
                     % (left - 6, y + len(bars) * ROW_HEIGHT // 2 + 4, escape(name)))
        for vm, mb in bars:
            width = max(PLOT_WIDTH * mb / limit, 1.0)
            parts.append('<rect class="bar" x="%d" y="%d" width="%.1f" height="%d" fill="%s"><title>%s</title></rect>'
                         % (left, y, width, ROW_HEIGHT - 3, colors[vm],
                            escape("%s on %s: %.1f MiB" % (vm, name, mb))))
            parts.append(value_text(left + PLOT_WIDTH + 6, y + ROW_HEIGHT - 4, "%.1f" % mb, vm))
            y += ROW_HEIGHT
        y += GROUP_GAP
    parts.append("</svg>")
    return "\n".join(parts)


def nice_step(raw):
    """1, 2 or 5 times a power of ten, at least raw."""
    if raw <= 0:
        return 1.0
    power = 10.0 ** math.floor(math.log10(raw))
    for m in (1, 2, 5, 10):
        if m * power >= raw:
            return m * power
    return 10 * power


def legend(data, colors):
    items = []
    for vm in data["vms"]:
        items.append('<span class="key"><span class="swatch" style="background:%s"></span>%s</span>'
                     % (colors[vm["name"]], escape(vm["name"])))
    return '<p class="legend">' + " ".join(items) + "</p>"


def results_table(data):
    baseline = data["settings"]["baseline"]
    table = index(data["results"])
    vms = [vm["name"] for vm in data["vms"]]
    head = "<tr><th>benchmark</th><th>size</th>" + "".join("<th>%s</th>" % escape(v) for v in vms) + "</tr>"
    rows = [head]
    for bench in data["benchmarks"]:
        base = table.get((bench["name"], baseline))
        cells = ['<td class="name" title="%s">%s</td><td>%d</td>'
                 % (escape(bench.get("stresses", "")), escape(bench["name"]), bench["size"])]
        for vm in vms:
            entry = table.get((bench["name"], vm))
            if not entry:
                cells.append("<td>-</td>")
            elif entry["status"] != "ok" or not entry.get("wall"):
                cells.append('<td class="bad" title="%s">%s</td>' % (escape(entry["message"]), escape(entry["status"])))
            else:
                wall = entry["wall"]
                spread = 100 * wall["mad"] / wall["median"] if wall["median"] else 0
                text = "%s <small>±%.1f%%</small>" % (fmt_time(wall["median"]), spread)
                if base and base.get("wall") and base["status"] == "ok" and vm != baseline and wall["median"]:
                    text += " <b>%.2fx</b>" % (base["wall"]["median"] / wall["median"])
                tip = "min %s, max %s, IQR %s..%s, %d runs, %d outliers, CPU %s, peak RSS %.1f MiB" % (
                    fmt_time(wall["min"]), fmt_time(wall["max"]), fmt_time(wall["q1"]), fmt_time(wall["q3"]),
                    wall["n"], wall["outliers"], fmt_time(entry["cpu"]["median"]), entry["maxrss_kb"] / 1024.0)
                cells.append('<td title="%s">%s</td>' % (escape(tip), text))
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return '<div class="wide"><table>' + "\n".join(rows) + "</table></div>"


STYLE = """
body { font: 14px/1.4 system-ui, sans-serif; margin: 2em auto; max-width: 1000px; color: #222; }
h1 { font-size: 1.5em; } h2 { font-size: 1.15em; margin-top: 2em; }
table { border-collapse: collapse; font-size: 13px; }
th, td { border-bottom: 1px solid #ddd; padding: 3px 8px; text-align: right; white-space: nowrap; }
td.name, th:first-child { text-align: left; }
td.bad { color: #b00; font-weight: bold; }
svg.chart { max-width: 100%; height: auto; }
svg.chart text { font: 11px system-ui, sans-serif; fill: #222; }
svg.chart text.label { text-anchor: end; }
svg.chart text.tick { text-anchor: middle; fill: #666; }
svg.chart tspan.vm { fill: #888; }
.wide { overflow-x: auto; }
th { white-space: normal; vertical-align: bottom; }
.legend .key { margin-right: 1.2em; white-space: nowrap; }
.swatch { display: inline-block; width: 12px; height: 12px; margin-right: 4px; vertical-align: -1px; }
dl { display: grid; grid-template-columns: max-content auto; gap: 2px 12px; }
dt { color: #666; } dd { margin: 0; }
"""

# Only a self-check: records how many bars of each chart the browser laid out with a size.
CHECK_SCRIPT = """
window.addEventListener('load', function () {
  var drawnCharts = 0;
  document.querySelectorAll('svg.chart').forEach(function (svg) {
    var bars = 0;
    svg.querySelectorAll('.bar').forEach(function (bar) {
      var box = bar.getBBox();
      if (box.width > 0 && box.height > 0) bars++;
    });
    svg.setAttribute('data-bars-drawn', bars);
    var area = svg.getBoundingClientRect();
    if (bars > 0 && area.width > 0 && area.height > 0) drawnCharts++;
  });
  document.body.setAttribute('data-charts-drawn', drawnCharts);
});
"""


def render(data):
    """The complete report page for one results.json document."""
    colors = vm_colors(data["vms"])
    baseline = data["settings"]["baseline"]
    machine = data.get("machine") or {}
    git = data.get("git") or {}
    facts = [
        ("created", data.get("created", "")),
        ("machine", "%s, %s cores, %s" % (machine.get("cpu", "?"), machine.get("cpu_count", "?"),
                                          "%.1f GiB" % (machine["mem_total_kb"] / 1048576.0)
                                          if machine.get("mem_total_kb") else "?")),
        ("system", "%s %s %s" % (machine.get("system", ""), machine.get("release", ""), machine.get("machine", ""))),
        ("load average", "%s before, %s after" % (machine.get("loadavg_before") or "?", machine.get("loadavg_after") or "?")),
        ("revision", "%s%s" % (git.get("revision", "unknown"), " (modified)" if git.get("dirty") else "")),
        ("method", "%s sizes; %d warm-up + %d timed runs per VM, VMs interleaved in each round; "
                   "median wall time, ±MAD" % (data["settings"]["mode"], data["settings"]["warmups"],
                                              data["settings"]["runs"])),
    ]
    vm_rows = "".join("<dt>%s</dt><dd><code>%s</code> — %s</dd>"
                      % (escape(vm["name"]), escape(" ".join(vm["command"])), escape(vm["version"] or ""))
                      for vm in data["vms"])
    page = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8"><title>sparrow-bench report</title>',
        "<style>%s</style></head><body>" % STYLE,
        "<h1>sparrow-bench report</h1>",
        "<dl>%s%s</dl>" % ("".join("<dt>%s</dt><dd>%s</dd>" % (escape(k), escape(v)) for k, v in facts), vm_rows),
        legend(data, colors),
        "<h2>Geometric mean of speed relative to %s</h2>" % escape(baseline),
        geomean_chart(data, colors),
        "<h2>Speed relative to %s, per benchmark</h2>" % escape(baseline),
        "<p>Higher is faster; log scale. The whisker spans the interquartile range of the runs.</p>",
        relative_chart(data, colors),
        "<h2>Median wall time</h2>",
        "<p>Hover a cell for min, max, IQR, outliers, CPU time and peak memory. Nx = speed "
        "relative to %s.</p>" % escape(baseline),
        results_table(data),
        "<h2>Peak memory (median maximum resident set size)</h2>",
        memory_chart(data, colors),
        "<script>%s</script>" % CHECK_SCRIPT,
        "</body></html>",
    ]
    return "\n".join(page) + "\n"
