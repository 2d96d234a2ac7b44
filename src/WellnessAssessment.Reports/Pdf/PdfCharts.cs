using SkiaSharp;
using WellnessAssessment.Reports.Model;

namespace WellnessAssessment.Reports.Pdf;

/// <summary>Vector charts drawn into the page: a radar, horizontal bars with CI95 whiskers, and a leadership/frontline dumbbell.</summary>
internal static class PdfCharts
{
    private static readonly SKColor Grid = new(0xC9, 0xD1, 0xD9);
    private static readonly SKColor Ink = new(0x1B, 0x1F, 0x24);
    private static readonly SKColor Frontline = new(0xB3, 0x58, 0x06);
    /// <summary>A radar of 0–100 scores with a ring at every band edge.</summary>
    public static void Radar(PdfComposer pdf, IReadOnlyList<ChartPoint> points, string title, IReadOnlyList<double> ticks)
    {
        if (points.Count < 3)
        {
            return;
        }

        const float Height = 215;
        pdf.Block(Height, (canvas, top) =>
        {
            var center = new SKPoint(PdfComposer.Margin + PdfComposer.ContentWidth / 2, top + Height / 2 + 6);
            const float Radius = 75;
            float Angle(int i) => (float)(-Math.PI / 2 + 2 * Math.PI * i / points.Count);
            SKPoint At(int i, double value) => new(center.X + (float)Math.Cos(Angle(i)) * Radius * (float)value / 100, center.Y + (float)Math.Sin(Angle(i)) * Radius * (float)value / 100);
            using var grid = new SKPaint { Color = Grid, IsStroke = true, StrokeWidth = 0.6f, IsAntialias = true };
            foreach (var ring in ticks.Where(tick => tick > 0))
            {
                using var path = new SKPath();
                path.MoveTo(At(0, ring));
                for (var i = 1; i < points.Count; i++)
                {
                    path.LineTo(At(i, ring));
                }

                path.Close();
                canvas.DrawPath(path, grid);
            }
            for (var i = 0; i < points.Count; i++)
            {
                canvas.DrawLine(center, At(i, 100), grid);
                var label = At(i, 118);
                var align = Math.Abs(label.X - center.X) < 5 ? SKTextAlign.Center : label.X > center.X ? SKTextAlign.Left : SKTextAlign.Right;
                pdf.Fonts.Draw(canvas, $"{points[i].ShortLabel} ({ReportModelBuilder.Score(points[i].Score)})", label.X, label.Y + 3, 8, bold: false, Ink, align);
            }

            using var shape = new SKPath();
            shape.MoveTo(At(0, points[0].Score ?? 0));
            for (var i = 1; i < points.Count; i++)
            {
                shape.LineTo(At(i, points[i].Score ?? 0));
            }

            shape.Close();
            using var fill = new SKPaint { Color = pdf.Accent.WithAlpha(70), IsAntialias = true };
            using var stroke = new SKPaint { Color = pdf.Accent, IsStroke = true, StrokeWidth = 1.8f, IsAntialias = true };
            canvas.DrawPath(shape, fill);
            canvas.DrawPath(shape, stroke);
            pdf.Fonts.Draw(canvas, title, PdfComposer.Margin, top + 10, 9, bold: true, Ink, SKTextAlign.Left);
        });
    }

    /// <summary>Horizontal bars with 95% interval whiskers, gridlines at the band edges.</summary>
    public static void Bars(PdfComposer pdf, IReadOnlyList<ChartPoint> points, string title, IReadOnlyList<double> ticks)
    {
        const float Row = 18;
        var height = 26 + points.Count * Row + 18;
        pdf.Block(height, (canvas, top) =>
        {
            const float LabelWidth = 150;
            var left = PdfComposer.Margin + LabelWidth;
            var width = PdfComposer.ContentWidth - LabelWidth - 10;
            float X(double value) => left + width * (float)value / 100;
            using var grid = new SKPaint { Color = Grid, StrokeWidth = 0.5f, IsStroke = true };
            pdf.Fonts.Draw(canvas, title, PdfComposer.Margin, top + 10, 9, bold: true, Ink, SKTextAlign.Left);
            var chartTop = top + 20;
            var chartBottom = chartTop + points.Count * Row;
            foreach (var tick in ticks)
            {
                canvas.DrawLine(X(tick), chartTop, X(tick), chartBottom, grid);
                pdf.Fonts.Draw(canvas, ReportModelBuilder.Number(tick), X(tick), chartBottom + 10, 8, bold: false, Ink, SKTextAlign.Center);
            }

            using var bar = new SKPaint { Color = pdf.Accent, IsAntialias = true };
            using var whisker = new SKPaint { Color = Ink, StrokeWidth = 1.2f, IsStroke = true, IsAntialias = true };
            for (var i = 0; i < points.Count; i++)
            {
                var y = chartTop + i * Row;
                var point = points[i];
                pdf.Fonts.Draw(canvas, point.ShortLabel, left - 6, y + 13, 8, bold: false, Ink, SKTextAlign.Right);
                if (point.Score is not { } score)
                {
                    pdf.Fonts.Draw(canvas, "insufficient data", left + 4, y + 13, 8, bold: false, Ink, SKTextAlign.Left);
                    continue;
                }

                canvas.DrawRect(left, y + 4, X(score) - left, Row - 8, bar);
                if (point.Low is { } low && point.High is { } high)
                {
                    canvas.DrawLine(X(low), y + Row / 2, X(high), y + Row / 2, whisker);
                    canvas.DrawLine(X(low), y + 5, X(low), y + Row - 5, whisker);
                    canvas.DrawLine(X(high), y + 5, X(high), y + Row - 5, whisker);
                }
            }
        });
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
        pdf.Block(height, (canvas, top) =>
        {
            const float LabelWidth = 170;
            var left = PdfComposer.Margin + LabelWidth;
            var width = PdfComposer.ContentWidth - LabelWidth - 10;
            float X(double value) => left + width * (float)value / 100;
            using var grid = new SKPaint { Color = Grid, StrokeWidth = 0.5f, IsStroke = true };
            using var leader = new SKPaint { Color = pdf.Accent, IsAntialias = true };
            using var front = new SKPaint { Color = Frontline, IsAntialias = true };
            using var link = new SKPaint { Color = Grid, StrokeWidth = 2, IsAntialias = true };
            canvas.DrawCircle(PdfComposer.Margin + 4, top + 8, 3.5f, leader);
            pdf.Fonts.Draw(canvas, "Leadership", PdfComposer.Margin + 11, top + 11, 8, bold: false, Ink, SKTextAlign.Left);
            canvas.DrawCircle(PdfComposer.Margin + 74, top + 8, 3.5f, front);
            pdf.Fonts.Draw(canvas, "Frontline", PdfComposer.Margin + 81, top + 11, 8, bold: false, Ink, SKTextAlign.Left);
            var chartTop = top + 22;
            var chartBottom = chartTop + shown.Count * Row;
            foreach (var tick in ticks)
            {
                canvas.DrawLine(X(tick), chartTop, X(tick), chartBottom, grid);
                pdf.Fonts.Draw(canvas, ReportModelBuilder.Number(tick), X(tick), chartBottom + 10, 8, bold: false, Ink, SKTextAlign.Center);
            }

            for (var i = 0; i < shown.Count; i++)
            {
                var y = chartTop + i * Row + Row / 2;
                var row = shown[i];
                pdf.Fonts.Draw(canvas, row.ShortDomain + (row.Flagged ? " (flagged)" : string.Empty), left - 6, y + 3, 8, bold: false, Ink, SKTextAlign.Right);
                canvas.DrawLine(X(row.Leadership!.Value), y, X(row.Frontline!.Value), y, link);
                canvas.DrawCircle(X(row.Leadership.Value), y, 3.5f, leader);
                canvas.DrawCircle(X(row.Frontline.Value), y, 3.5f, front);
            }
        });
    }
}
