package org.quotable.exporter.release;

import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.quotable.schema.QuoteType;
import org.quotable.schema.SpeakerRecord;

/**
 * Draws the dataset card's pictures as SVG with JFreeChart and JFreeSVG: quotes per day, top speakers, quote types
 * and articles per publisher. The same statistics give the same bytes: the SVG's definition ids have a fixed
 * prefix instead of JFreeSVG's time-based one, and nothing else in the file depends on the time or on chance.
 */
final class CardCharts {
    private CardCharts() {}

    /** One picture: its file name in the release, its title (the image's alt text) and its SVG text. */
    record Chart(String fileName, String title, String svg) {}

    static final List<String> FILE_NAMES = List.of("chart-quotes-per-day.svg", "chart-top-speakers.svg",
            "chart-quote-types.svg", "chart-articles-per-publisher.svg");

    private static final int WIDTH = 720, HEIGHT = 360;
    private static final Color BAR = new Color(0x3B6EA5);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final int TOP_SPEAKERS = 10, TOP_PUBLISHERS = 12;

    static List<Chart> of(DatasetStats stats) {
        var charts = new ArrayList<Chart>();
        var days = new DefaultCategoryDataset();
        stats.quotesPerDay.forEach((day, n) -> days.addValue(n, "quotes", day.toString()));
        charts.add(chart(FILE_NAMES.get(0), "Quotes per day (statement date)", "date", "quotes", days,
                PlotOrientation.VERTICAL, stats.quotesPerDay.size() > 8));

        var speakers = new DefaultCategoryDataset();
        for (SpeakerRecord s : stats.topSpeakers(TOP_SPEAKERS)) speakers.addValue(s.quoteCount(), "quotes", s.name());
        charts.add(chart(FILE_NAMES.get(1), "Top speakers (quotes, name variants merged)", "speaker", "quotes", speakers,
                PlotOrientation.HORIZONTAL, false));

        var types = new DefaultCategoryDataset();
        for (QuoteType type : QuoteType.values()) types.addValue(stats.quoteTypes.getOrDefault(type, 0L), "quotes", type.label());
        charts.add(chart(FILE_NAMES.get(2), "Quote types", "quote_type", "quotes", types, PlotOrientation.VERTICAL, false));

        var publishers = new DefaultCategoryDataset();
        stats.articlesPerPublisher.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP_PUBLISHERS).forEach(e -> publishers.addValue(e.getValue(), "articles", e.getKey()));
        charts.add(chart(FILE_NAMES.get(3), "Articles per publisher", "publisher", "articles", publishers,
                PlotOrientation.HORIZONTAL, false));
        return charts;
    }

    private static Chart chart(String file, String title, String categoryLabel, String valueLabel,
                               DefaultCategoryDataset data, PlotOrientation orientation, boolean slantLabels) {
        var categories = new CategoryAxis(categoryLabel);
        categories.setTickLabelFont(LABEL);
        categories.setLabelFont(LABEL);
        categories.setMaximumCategoryLabelWidthRatio(orientation == PlotOrientation.HORIZONTAL ? 0.4f : 1f);
        if (slantLabels) categories.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        var values = new NumberAxis(valueLabel);
        values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        values.setTickLabelFont(LABEL);
        values.setLabelFont(LABEL);
        var renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setSeriesPaint(0, BAR);
        renderer.setMaximumBarWidth(0.08);
        var plot = new CategoryPlot(data, categories, values, renderer);
        plot.setOrientation(orientation);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.setNoDataMessage("no data in this release");
        plot.setNoDataMessageFont(LABEL);
        var chart = new JFreeChart(title, TITLE, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        var g2 = new SVGGraphics2D(WIDTH, HEIGHT);
        g2.setDefsKeyPrefix("quotable-" + file.replace(".svg", ""));
        chart.draw(g2, new Rectangle(0, 0, WIDTH, HEIGHT));
        return new Chart(file, title, g2.getSVGDocument().strip() + "\n");
    }
}
