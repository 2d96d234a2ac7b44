using SkiaSharp;
using WellnessAssessment.Reports.Model;

namespace WellnessAssessment.Reports.Pdf;

/// <summary>The peer-comparison page (percentile markers on peer-range bars) and the heat map by rank group.</summary>
internal static class PdfPeerLayout
{
    private static readonly SKColor Ink = new(0x1B, 0x1F, 0x24);
    private static readonly SKColor Muted = new(0x4A, 0x55, 0x61);
    private static readonly SKColor Grid = new(0xC9, 0xD1, 0xD9);
    private static readonly SKColor Range = new(0xC6, 0xDB, 0xEF);
    private static readonly SKColor Middle = new(0x6B, 0xAE, 0xD6);
    private static readonly int[] Ticks = [0, 20, 40, 60, 80, 100];

    public static void PeerComparison(PdfComposer pdf, PeerPage page)
    {
        pdf.NewPage();
        pdf.Heading(page.Heading);
        if (page.OmittedReason is { } reason)
        {
            pdf.Paragraph(reason, 10, bold: true);
            return;
        }

        pdf.Paragraph(page.Intro, 9.5f, color: Muted);
        const float LabelWidth = 150;
        const float RowHeight = 19;
        const float ScaleWidth = 250;
        var scaleLeft = PdfComposer.Margin + LabelWidth;
        float X(double value) => scaleLeft + (ScaleWidth * (float)Math.Clamp(value, 0, 100) / 100);

        pdf.Block(16, (canvas, top) =>
        {
            foreach (var tick in Ticks)
            {
                pdf.Fonts.Draw(canvas, tick.ToString(System.Globalization.CultureInfo.InvariantCulture), X(tick), top + 10, 7, bold: false, Muted, SKTextAlign.Center);
            }

            pdf.Fonts.Draw(canvas, "score · rank", scaleLeft + ScaleWidth + 14, top + 10, 7, bold: true, Muted);
        });
        foreach (var row in page.Rows)
        {
            pdf.Block(RowHeight, (canvas, top) =>
            {
                var middle = top + (RowHeight / 2);
                pdf.Fonts.Draw(canvas, row.ShortDomain, PdfComposer.Margin, middle + 3, 8.5f, bold: false, Ink);
                using var grid = new SKPaint { Color = Grid, StrokeWidth = 0.5f, IsStroke = true };
                canvas.DrawLine(X(0), middle, X(100), middle, grid);
                if (row.Withheld || row.Median is not { } medianValue)
                {
                    pdf.Fonts.Draw(canvas, "peers withheld", scaleLeft + ScaleWidth + 14, middle + 3, 8, bold: false, Muted);
                    return;
                }

                // Only what the peers' cell publishes: p10–p90 from 20 agencies, p25–p75 from 10, the median always.
                if (row.P10 is { } p10 && row.P90 is { } p90)
                {
                    using var range = new SKPaint { Color = Range, IsAntialias = true };
                    canvas.DrawRect(SKRect.Create(X(p10), middle - 5, Math.Max(X(p90) - X(p10), 1), 10), range);
                }

                if (row.P25 is { } p25 && row.P75 is { } p75)
                {
                    using var half = new SKPaint { Color = Middle, IsAntialias = true };
                    canvas.DrawRect(SKRect.Create(X(p25), middle - 5, Math.Max(X(p75) - X(p25), 1), 10), half);
                }

                using var median = new SKPaint { Color = Ink, StrokeWidth = 1.6f, IsStroke = true };
                canvas.DrawLine(X(medianValue), middle - 7, X(medianValue), middle + 7, median);
                if (row.Score is { } score)
                {
                    using var marker = new SKPaint { Color = pdf.Accent, IsAntialias = true };
                    using var outline = new SKPaint { Color = SKColors.White, IsAntialias = true, IsStroke = true, StrokeWidth = 1 };
                    using var diamond = new SKPath();
                    var x = X(score);
                    diamond.MoveTo(x, middle - 6);
                    diamond.LineTo(x + 5, middle);
                    diamond.LineTo(x, middle + 6);
                    diamond.LineTo(x - 5, middle);
                    diamond.Close();
                    canvas.DrawPath(diamond, marker);
                    canvas.DrawPath(diamond, outline);
                }

                pdf.Fonts.Draw(canvas, $"{ReportModelBuilder.Score(row.Score)} · {row.Rank}", scaleLeft + ScaleWidth + 14, middle + 3, 8, bold: true, Ink);
            });
        }

        pdf.Space(8);
        pdf.Table(
            new TableSpec(["Area", "Score", "Peer median", "Peer range", "Rank", "Peers"], [0.36f, 0.1f, 0.13f, 0.15f, 0.11f, 0.15f]) { RightAlignedColumns = [1, 2, 3] },
            [.. page.Rows.Select(r => (IReadOnlyList<string>)[r.Domain, ReportModelBuilder.Score(r.Score), ReportModelBuilder.Score(r.Median),
                r.Range, r.Rank, r.Peers])]);
    }

    public static void HeatMap(PdfComposer pdf, HeatMap map)
    {
        pdf.NewPage();
        pdf.Heading("Heat map: areas by rank group");
        pdf.Paragraph(map.Intro, 9.5f, color: Muted);

        const float LabelWidth = 140;
        const float RowHeight = 17;
        var columnWidth = (PdfComposer.ContentWidth - LabelWidth) / map.Columns.Count;
        var headerHeight = map.Columns.Max(column => pdf.Fonts.Measure(column, 7.5f, bold: true)) + 10;
        float Left(int column) => PdfComposer.Margin + LabelWidth + (column * columnWidth);

        pdf.Block(headerHeight, (canvas, top) =>
        {
            for (var c = 0; c < map.Columns.Count; c++)
            {
                // Column titles run upwards, so nine groups fit across the page and stay real, extractable text.
                var x = Left(c) + (columnWidth / 2) + 3;
                canvas.Save();
                canvas.RotateDegrees(-90, x, top + headerHeight - 4);
                pdf.Fonts.Draw(canvas, map.Columns[c], x, top + headerHeight - 4, 7.5f, bold: true, Ink);
                canvas.Restore();
            }
        });

        foreach (var row in map.Rows)
        {
            pdf.Block(RowHeight, (canvas, top) =>
            {
                pdf.Fonts.Draw(canvas, row.ShortDomain, PdfComposer.Margin, top + 11.5f, 8, bold: false, Ink);
                for (var c = 0; c < row.Cells.Count; c++)
                {
                    var cell = row.Cells[c];
                    var rect = SKRect.Create(Left(c) + 1, top + 1, columnWidth - 2, RowHeight - 2);
                    DrawCell(pdf, canvas, rect, cell);
                }
            });
        }

        pdf.Space(8);
        pdf.Block(30, (canvas, top) =>
        {
            var x = PdfComposer.Margin;
            foreach (var entry in map.Legend)
            {
                var rect = SKRect.Create(x, top + 2, 12, 10);
                using var fill = new SKPaint { Color = SKColor.Parse(HeatMapPalette.Fill[entry.BandIndex]) };
                using var border = new SKPaint { Color = Grid, IsStroke = true, StrokeWidth = 0.5f };
                canvas.DrawRect(rect, fill);
                canvas.DrawRect(rect, border);
                pdf.Fonts.Draw(canvas, entry.Label, x + 15, top + 10.5f, 7, bold: false, Ink);
                x += 15 + pdf.Fonts.Measure(entry.Label, 7) + 10;
                if (x > PdfComposer.Margin + PdfComposer.ContentWidth - 90)
                {
                    x = PdfComposer.Margin;
                    top += 14;
                }
            }

            DrawCell(pdf, canvas, SKRect.Create(x, top + 1, 40, 12), new HeatCell("withheld", null, null, Withheld: true));
        });
    }

    private static void DrawCell(PdfComposer pdf, SKCanvas canvas, SKRect rect, HeatCell cell)
    {
        if (cell.Withheld)
        {
            using var fill = new SKPaint { Color = SKColor.Parse(HeatMapPalette.WithheldFill) };
            canvas.DrawRect(rect, fill);
            using var hatch = new SKPaint { Color = new SKColor(0xD0, 0xD4, 0xD9), StrokeWidth = 0.6f, IsStroke = true, IsAntialias = true };
            canvas.Save();
            canvas.ClipRect(rect);
            for (var x = rect.Left - rect.Height; x < rect.Right; x += 5)
            {
                canvas.DrawLine(x, rect.Bottom, x + rect.Height, rect.Top, hatch);
            }

            canvas.Restore();
            pdf.Fonts.Draw(canvas, "withheld", rect.MidX, rect.MidY + 2.5f, 6.5f, bold: false, SKColor.Parse(HeatMapPalette.WithheldText), SKTextAlign.Center);
            return;
        }

        if (cell.BandIndex is { } band)
        {
            using var fill = new SKPaint { Color = SKColor.Parse(HeatMapPalette.Fill[band]) };
            canvas.DrawRect(rect, fill);
            pdf.Fonts.Draw(canvas, cell.Text, rect.MidX, rect.MidY + 3, 8, bold: true, SKColor.Parse(HeatMapPalette.Text[band]), SKTextAlign.Center);
            return;
        }

        using var empty = new SKPaint { Color = Grid, IsStroke = true, StrokeWidth = 0.5f };
        canvas.DrawRect(rect, empty);
        pdf.Fonts.Draw(canvas, cell.Text, rect.MidX, rect.MidY + 3, 8, bold: false, Muted, SKTextAlign.Center);
    }
}
