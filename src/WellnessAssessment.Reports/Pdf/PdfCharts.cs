using PdfSharp.Drawing;
using WellnessAssessment.Reports.Model;

namespace WellnessAssessment.Reports.Pdf;

/// <summary>
/// Vector charts drawn into the page: a radar, horizontal bars with CI95 whiskers, and a leadership/frontline dumbbell.
/// Each is a tagged Figure whose alternative text gives the chart's numbers.
/// </summary>
internal static class PdfCharts
{
    private static readonly XColor Grid = XColor.FromArgb(0xC9, 0xD1, 0xD9);
    private static readonly XColor Ink = XColor.FromArgb(0x1B, 0x1F, 0x24);
    private static readonly XColor Frontline = XColor.FromArgb(0xB3, 0x58, 0x06);

    /// <summary>A radar of 0–100 scores with a ring at every band edge.</summary>
    public static void Radar(PdfComposer pdf, IReadOnlyList<ChartPoint> points, string title, IReadOnlyList<double> ticks)
    {
        if (points.Count < 3)
        {
            return;
        }

        const float Height = 215;
        var alt = $"Radar chart, {title}: {string.Join(", ", points.Select(p => $"{p.Label} {ReportModelBuilder.Score(p.Score)}"))}.";
        pdf.Block(Height, (canvas, top) =>
        {
            var center = new XPoint(PdfComposer.Margin + PdfComposer.ContentWidth / 2, top + Height / 2 + 6);
            const float Radius = 75;
            double Angle(int i) => -Math.PI / 2 + 2 * Math.PI * i / points.Count;
            XPoint At(int i, double value) => new(center.X + Math.Cos(Angle(i)) * Radius * value / 100, center.Y + Math.Sin(Angle(i)) * Radius * value / 100);
            var grid = new XPen(Grid, 0.6);
            foreach (var ring in ticks.Where(tick => tick > 0))
            {
                canvas.DrawPolygon(grid, [.. Enumerable.Range(0, points.Count).Select(i => At(i, ring))]);
            }

            for (var i = 0; i < points.Count; i++)
            {
                canvas.DrawLine(grid, center, At(i, 100));
                var label = At(i, 118);
                var align = Math.Abs(label.X - center.X) < 5 ? TextAlign.Center : label.X > center.X ? TextAlign.Left : TextAlign.Right;
                pdf.Fonts.Draw(canvas, $"{points[i].ShortLabel} ({ReportModelBuilder.Score(points[i].Score)})", (float)label.X, (float)label.Y + 3, 8, bold: false, Ink, align);
            }

            XPoint[] shape = [.. Enumerable.Range(0, points.Count).Select(i => At(i, points[i].Score ?? 0))];
            canvas.DrawPolygon(new XPen(pdf.Accent, 1.8) { LineJoin = XLineJoin.Round }, new XSolidBrush(XColor.FromArgb(70, pdf.Accent)), shape, XFillMode.Winding);
            pdf.Fonts.Draw(canvas, title, PdfComposer.Margin, top + 10, 9, bold: true, Ink);
        }, alt);
    }

    /// <summary>Horizontal bars with 95% interval whiskers, gridlines at the band edges.</summary>
    public static void Bars(PdfComposer pdf, IReadOnlyList<ChartPoint> points, string title, IReadOnlyList<double> ticks)
    {
        const float Row = 18;
        var height = 26 + points.Count * Row + 18;
        var alt = $"Bar chart, {title}: {string.Join(", ", points.Select(p => p.Score is null ? $"{p.Label} insufficient data" : p.Low is { } low && p.High is { } high ? $"{p.Label} {ReportModelBuilder.Score(p.Score)} (95% CI {ReportModelBuilder.Score(low)}–{ReportModelBuilder.Score(high)})" : $"{p.Label} {ReportModelBuilder.Score(p.Score)}"))}.";
        pdf.Block(height, (canvas, top) =>
        {
            const float LabelWidth = 150;
            var left = PdfComposer.Margin + LabelWidth;
            var width = PdfComposer.ContentWidth - LabelWidth - 10;
            float X(double value) => left + width * (float)value / 100;
            var grid = new XPen(Grid, 0.5);
            pdf.Fonts.Draw(canvas, title, PdfComposer.Margin, top + 10, 9, bold: true, Ink);
            var chartTop = top + 20;
            var chartBottom = chartTop + points.Count * Row;
            foreach (var tick in ticks)
            {
                canvas.DrawLine(grid, X(tick), chartTop, X(tick), chartBottom);
                pdf.Fonts.Draw(canvas, ReportModelBuilder.Number(tick), X(tick), chartBottom + 10, 8, bold: false, Ink, TextAlign.Center);
            }

            var bar = new XSolidBrush(pdf.Accent);
            var whisker = new XPen(Ink, 1.2);
            for (var i = 0; i < points.Count; i++)
            {
                var y = chartTop + i * Row;
                var point = points[i];
                pdf.Fonts.Draw(canvas, point.ShortLabel, left - 6, y + 13, 8, bold: false, Ink, TextAlign.Right);
                if (point.Score is not { } score)
                {
                    pdf.Fonts.Draw(canvas, "insufficient data", left + 4, y + 13, 8, bold: false, Ink);
                    continue;
                }

                canvas.DrawRectangle(bar, left, y + 4, X(score) - left, Row - 8);
                if (point.Low is { } low && point.High is { } high)
                {
                    canvas.DrawLine(whisker, X(low), y + Row / 2, X(high), y + Row / 2);
                    canvas.DrawLine(whisker, X(low), y + 5, X(low), y + Row - 5);
                    canvas.DrawLine(whisker, X(high), y + 5, X(high), y + Row - 5);
                }
            }
        }, alt);
    }

    /// <summary>Leadership and frontline scores per area, joined by a line; gridlines at the band edges.</summary>
    public static void Dumbbell(PdfComposer pdf, IReadOnlyList<GapRow> rows, IReadOnlyList<double> ticks)
    {
        var shown = rows.Where(r => r.Leadership is not null && r.Frontline is not null).ToList();
        if (shown.Count == 0)
        {
            return;
        }

        const float Row = 18;
        var height = 30 + shown.Count * Row + 16;
        var alt = "Dot chart of leadership and frontline scores by area: " + string.Join("; ", shown.Select(r =>
            $"{r.Domain}{(r.Flagged ? " (flagged)" : string.Empty)}: leadership {ReportModelBuilder.Score(r.Leadership)}, frontline {ReportModelBuilder.Score(r.Frontline)}")) + ".";
        pdf.Block(height, (canvas, top) =>
        {
            const float LabelWidth = 170;
            var left = PdfComposer.Margin + LabelWidth;
            var width = PdfComposer.ContentWidth - LabelWidth - 10;
            float X(double value) => left + width * (float)value / 100;
            var grid = new XPen(Grid, 0.5);
            var leader = new XSolidBrush(pdf.Accent);
            var front = new XSolidBrush(Frontline);
            var link = new XPen(Grid, 2);
            void Dot(XBrush brush, double x, double y) => canvas.DrawEllipse(brush, x - 3.5, y - 3.5, 7, 7);
            Dot(leader, PdfComposer.Margin + 4, top + 8);
            pdf.Fonts.Draw(canvas, "Leadership", PdfComposer.Margin + 11, top + 11, 8, bold: false, Ink);
            Dot(front, PdfComposer.Margin + 74, top + 8);
            pdf.Fonts.Draw(canvas, "Frontline", PdfComposer.Margin + 81, top + 11, 8, bold: false, Ink);
            var chartTop = top + 22;
            var chartBottom = chartTop + shown.Count * Row;
            foreach (var tick in ticks)
            {
                canvas.DrawLine(grid, X(tick), chartTop, X(tick), chartBottom);
                pdf.Fonts.Draw(canvas, ReportModelBuilder.Number(tick), X(tick), chartBottom + 10, 8, bold: false, Ink, TextAlign.Center);
            }

            for (var i = 0; i < shown.Count; i++)
            {
                var y = chartTop + i * Row + Row / 2;
                var row = shown[i];
                pdf.Fonts.Draw(canvas, row.ShortDomain + (row.Flagged ? " (flagged)" : string.Empty), left - 6, y + 3, 8, bold: false, Ink, TextAlign.Right);
                canvas.DrawLine(link, X(row.Leadership!.Value), y, X(row.Frontline!.Value), y);
                Dot(leader, X(row.Leadership.Value), y);
                Dot(front, X(row.Frontline.Value), y);
            }
        }, alt);
    }
}
