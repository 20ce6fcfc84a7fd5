package dev.quarantine.cli.page;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The geometry of the charts, computed here and drawn by the SVG templates ({@code bars}, {@code curve}): bars whose
 * heights are proportional to their values on an axis from zero, labelled axes and ticks, a legend; and a temperature
 * curve against the fever line. Readable in black and white: one series solid, the other hatched, fevers filled.
 */
final class Charts {
    static final int WIDTH = 680;

    private Charts() {
    }

    /** A series of bars: its name in the legend, its key (a CSS class and {@code data-series}), its values. */
    record Series(String key, String name, boolean hatched, List<Long> values) {
    }

    /** A bar chart of {@code series} over {@code categories} (one group of bars per category). */
    static Map<String, Object> bars(String id, String title, String yLabel, String xLabel, List<String> categories,
                                    List<String> dates, List<Series> series, int height) {
        double left = 44;
        double right = WIDTH - 8;
        double top = 44;
        double bottom = height - 30;
        long max = 1;
        for (Series s : series) {
            for (long v : s.values()) {
                max = Math.max(max, v);
            }
        }
        long step = niceStep(max);
        long axisMax = ((max + step - 1) / step) * step;
        double plot = bottom - top;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("title", title);
        m.put("yLabel", yLabel);
        m.put("xLabel", xLabel);
        m.put("width", WIDTH);
        m.put("height", height);
        m.put("axisLeft", fmt(left));
        m.put("axisRight", fmt(right));
        m.put("axisTop", fmt(top));
        m.put("axisBottom", fmt(bottom));
        m.put("yLabelY", fmt(top - 8));
        m.put("xLabelY", fmt(height - 4));
        m.put("max", axisMax);
        List<Map<String, Object>> ticks = new ArrayList<>();
        for (long t = 0; t <= axisMax; t += step) {
            double y = bottom - plot * t / axisMax;
            ticks.add(Map.of("left", fmt(left), "right", fmt(right), "y", fmt(y), "labelX", fmt(left - 4),
                    "labelY", fmt(y + 3), "label", Long.toString(t)));
        }
        m.put("ticks", ticks);
        int n = categories.size();
        double group = (right - left) / Math.max(1, n);
        double barWidth = group * 0.76 / Math.max(1, series.size());
        List<Map<String, Object>> bars = new ArrayList<>();
        List<Map<String, Object>> labels = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double x0 = left + group * i + group * 0.12;
            for (int j = 0; j < series.size(); j++) {
                Series s = series.get(j);
                long v = s.values().get(i);
                double h = plot * v / axisMax;
                double x = x0 + barWidth * j;
                Map<String, Object> b = new LinkedHashMap<>();
                b.put("series", s.key());
                b.put("date", dates.get(i));
                b.put("value", v);
                b.put("x", fmt(x));
                b.put("y", fmt(bottom - h));
                b.put("w", fmt(barWidth));
                b.put("h", fmt(h));
                b.put("cx", fmt(x + barWidth / 2));
                b.put("valueY", fmt(bottom - h - 2));
                b.put("fill", s.hatched() ? "url(#" + id + "-hatch)" : "#555");
                b.put("showValue", v > 0);
                bars.add(b);
            }
            labels.add(Map.of("x", fmt(left + group * i + group / 2), "y", fmt(bottom + 12), "label", categories.get(i)));
        }
        m.put("bars", bars);
        m.put("categories", labels);
        List<Map<String, Object>> legend = new ArrayList<>();
        double lx = right - 150.0 * series.size();
        for (Series s : series) {
            legend.add(Map.of("x", fmt(lx), "y", "22", "textX", fmt(lx + 16), "textY", "30", "label", s.name(),
                    "fill", s.hatched() ? "url(#" + id + "-hatch)" : "#555"));
            lx += 150;
        }
        m.put("legend", legend);
        return m;
    }

    /** A reading on the temperature curve. */
    record Point(double hoursFromStart, BigDecimal value, boolean fever, String at) {
    }

    /**
     * The temperatures of a case over {@code days} days (day labels given), against the fever threshold; the axis runs
     * from 35.0 to 40.0 °C, widened to hold a reading outside it.
     */
    static Map<String, Object> curve(String id, String title, String yLabel, String xLabel, List<String> dayLabels,
                                     List<Point> points, BigDecimal threshold, String thresholdLabel) {
        int height = 260;
        double left = 44;
        double right = WIDTH - 10;
        double top = 30;
        double bottom = height - 32;
        BigDecimal low = new BigDecimal("35.0");
        BigDecimal high = new BigDecimal("40.0");
        for (Point p : points) {
            low = low.min(p.value().setScale(0, RoundingMode.FLOOR));
            high = high.max(p.value().setScale(0, RoundingMode.CEILING));
        }
        double lo = low.doubleValue();
        double hi = high.doubleValue();
        double hours = Math.max(1, dayLabels.size()) * 24.0;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("title", title);
        m.put("yLabel", yLabel);
        m.put("xLabel", xLabel);
        m.put("width", WIDTH);
        m.put("height", height);
        m.put("axisLeft", fmt(left));
        m.put("axisRight", fmt(right));
        m.put("axisTop", fmt(top));
        m.put("axisBottom", fmt(bottom));
        m.put("yLabelY", fmt(top - 8));
        m.put("xLabelY", fmt(height - 4));
        List<Map<String, Object>> ticks = new ArrayList<>();
        for (double t = lo; t <= hi + 1e-9; t += 1) {
            double y = y(t, lo, hi, top, bottom);
            ticks.add(Map.of("left", fmt(left), "right", fmt(right), "y", fmt(y), "labelX", fmt(left - 4),
                    "labelY", fmt(y + 3), "label", String.format(java.util.Locale.ROOT, "%.1f", t)));
        }
        m.put("ticks", ticks);
        List<Map<String, Object>> days = new ArrayList<>();
        for (int i = 0; i < dayLabels.size(); i++) {
            double x = left + (right - left) * (i * 24.0) / hours;
            days.add(Map.of("x", fmt(x), "top", fmt(top), "bottom", fmt(bottom), "labelY", fmt(bottom + 12),
                    "label", dayLabels.get(i)));
        }
        m.put("days", days);
        m.put("threshold", threshold.toPlainString());
        m.put("thresholdY", fmt(y(threshold.doubleValue(), lo, hi, top, bottom)));
        m.put("thresholdLabelY", fmt(y(threshold.doubleValue(), lo, hi, top, bottom) - 3));
        m.put("thresholdLabel", thresholdLabel);
        List<Map<String, Object>> ps = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (Point p : points) {
            double x = left + (right - left) * Math.max(0, Math.min(hours, p.hoursFromStart())) / hours;
            double y = y(p.value().doubleValue(), lo, hi, top, bottom);
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("value", p.value().toPlainString());
            pm.put("at", p.at());
            pm.put("x", fmt(x));
            pm.put("y", fmt(y));
            pm.put("r", p.fever() ? "3.6" : "2.6");
            pm.put("fill", p.fever() ? "#000" : "#fff");
            pm.put("fever", p.fever());
            pm.put("labelY", fmt(y - 6));
            ps.add(pm);
            line.append(line.length() == 0 ? "" : " ").append(fmt(x)).append(',').append(fmt(y));
        }
        m.put("points", ps);
        m.put("hasPoints", !ps.isEmpty());
        m.put("polyline", line.toString());
        return m;
    }

    private static double y(double v, double lo, double hi, double top, double bottom) {
        return bottom - (bottom - top) * (v - lo) / (hi - lo);
    }

    /** A step of 1, 2 or 5 times a power of ten giving four to eight ticks up to {@code max}. */
    static long niceStep(long max) {
        long step = 1;
        while (true) {
            for (long m : new long[] {1, 2, 5}) {
                if (max / (step * m) <= 6) {
                    return step * m;
                }
            }
            step *= 10;
        }
    }

    static String fmt(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
