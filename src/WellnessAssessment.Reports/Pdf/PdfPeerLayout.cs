using System.Globalization;
using PdfSharp.Drawing;
using WellnessAssessment.Reports.Model;

namespace WellnessAssessment.Reports.Pdf;

/// <summary>The peer-comparison page (percentile markers on peer-range bars) and the heat map by rank group.</summary>
internal static class PdfPeerLayout
{
    private static readonly XColor Ink = XColor.FromArgb(0x1B, 0x1F, 0x24);
    private static readonly XColor Muted = XColor.FromArgb(0x4A, 0x55, 0x61);
    private static readonly XColor Grid = XColor.FromArgb(0xC9, 0xD1, 0xD9);
    private static readonly XColor Range = XColor.FromArgb(0xC6, 0xDB, 0xEF);
    private static readonly XColor Middle = XColor.FromArgb(0x6B, 0xAE, 0xD6);
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
                pdf.Fonts.Draw(canvas, tick.ToString(CultureInfo.InvariantCulture), X(tick), top + 10, 7, bold: false, Muted, TextAlign.Center);
            }

            pdf.Fonts.Draw(canvas, "score · rank", scaleLeft + ScaleWidth + 14, top + 10, 7, bold: true, Muted);
        }, alt: null);
        foreach (var row in page.Rows)
        {
            var alt = row.Withheld || row.Median is null
                ? $"{row.Domain}: peers withheld."
                : $"{row.Domain}: agency score {ReportModelBuilder.Score(row.Score)}, rank {row.Rank}; peers"
                    + (row.P10 is not null && row.P90 is not null ? $" 10th–90th percentile {ReportModelBuilder.Score(row.P10)}–{ReportModelBuilder.Score(row.P90)}," : string.Empty)
                    + (row.P25 is not null && row.P75 is not null ? $" middle half {ReportModelBuilder.Score(row.P25)}–{ReportModelBuilder.Score(row.P75)}," : string.Empty)
                    + $" median {ReportModelBuilder.Score(row.Median)}.";
            pdf.Block(RowHeight, (canvas, top) =>
            {
                var middle = top + (RowHeight / 2);
                pdf.Fonts.Draw(canvas, row.ShortDomain, PdfComposer.Margin, middle + 3, 8.5f, bold: false, Ink);
                canvas.DrawLine(new XPen(Grid, 0.5), X(0), middle, X(100), middle);
                if (row.Withheld || row.Median is not { } medianValue)
                {
                    pdf.Fonts.Draw(canvas, "peers withheld", scaleLeft + ScaleWidth + 14, middle + 3, 8, bold: false, Muted);
                    return;
                }

                // Only what the peers' cell publishes: p10–p90 from 20 agencies, p25–p75 from 10, the median always.
                if (row.P10 is { } p10 && row.P90 is { } p90)
                {
                    canvas.DrawRectangle(new XSolidBrush(Range), X(p10), middle - 5, Math.Max(X(p90) - X(p10), 1), 10);
                }

                if (row.P25 is { } p25 && row.P75 is { } p75)
                {
                    canvas.DrawRectangle(new XSolidBrush(Middle), X(p25), middle - 5, Math.Max(X(p75) - X(p25), 1), 10);
                }

                canvas.DrawLine(new XPen(Ink, 1.6), X(medianValue), middle - 7, X(medianValue), middle + 7);
                if (row.Score is { } score)
                {
                    var x = X(score);
                    canvas.DrawPolygon(new XPen(XColors.White, 1), new XSolidBrush(pdf.Accent), [new XPoint(x, middle - 6), new XPoint(x + 5, middle), new XPoint(x, middle + 6), new XPoint(x - 5, middle)], XFillMode.Winding);
                }

                pdf.Fonts.Draw(canvas, $"{ReportModelBuilder.Score(row.Score)} · {row.Rank}", scaleLeft + ScaleWidth + 14, middle + 3, 8, bold: true, Ink);
            }, alt);
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
                var state = canvas.Save();
                canvas.RotateAtTransform(-90, new XPoint(x, top + headerHeight - 4));
                pdf.Fonts.Draw(canvas, map.Columns[c], x, top + headerHeight - 4, 7.5f, bold: true, Ink);
                canvas.Restore(state);
            }
        }, alt: null);

        foreach (var row in map.Rows)
        {
            var alt = $"{row.Domain}: {string.Join(", ", row.Cells.Select((cell, c) => cell.Description(map.Columns[c])))}.";
            pdf.Block(RowHeight, (canvas, top) =>
            {
                pdf.Fonts.Draw(canvas, row.ShortDomain, PdfComposer.Margin, top + 11.5f, 8, bold: false, Ink);
                for (var c = 0; c < row.Cells.Count; c++)
                {
                    var cell = row.Cells[c];
                    var rect = new XRect(Left(c) + 1, top + 1, columnWidth - 2, RowHeight - 2);
                    DrawCell(pdf, canvas, rect, cell);
                }
            }, alt);
        }

        pdf.Space(8);
        pdf.Block(30, (canvas, top) =>
        {
            var x = PdfComposer.Margin;
            foreach (var entry in map.Legend)
            {
                canvas.DrawRectangle(new XPen(Grid, 0.5), new XSolidBrush(Hex(HeatMapPalette.Fill[entry.BandIndex])), x, top + 2, 12, 10);
                pdf.Fonts.Draw(canvas, entry.Label, x + 15, top + 10.5f, 7, bold: false, Ink);
                x += 15 + pdf.Fonts.Measure(entry.Label, 7) + 10;
                if (x > PdfComposer.Margin + PdfComposer.ContentWidth - 90)
                {
                    x = PdfComposer.Margin;
                    top += 14;
                }
            }

            DrawCell(pdf, canvas, new XRect(x, top + 1, 40, 12), new HeatCell("withheld", null, null, Withheld: true));
        }, $"Colour key: {string.Join(", ", map.Legend.Select(entry => entry.Label))}, and a hatched cell for withheld.");
    }

    private static void DrawCell(PdfComposer pdf, XGraphics canvas, XRect rect, HeatCell cell)
    {
        float MidX() => (float)(rect.X + (rect.Width / 2));
        float MidY() => (float)(rect.Y + (rect.Height / 2));
        if (cell.Withheld)
        {
            canvas.DrawRectangle(new XSolidBrush(Hex(HeatMapPalette.WithheldFill)), rect);
            var hatch = new XPen(XColor.FromArgb(0xD0, 0xD4, 0xD9), 0.6);
            var state = canvas.Save();
            canvas.IntersectClip(rect);
            for (var x = rect.Left - rect.Height; x < rect.Right; x += 5)
            {
                canvas.DrawLine(hatch, x, rect.Bottom, x + rect.Height, rect.Top);
            }

            canvas.Restore(state);
            pdf.Fonts.Draw(canvas, "withheld", MidX(), MidY() + 2.5f, 6.5f, bold: false, Hex(HeatMapPalette.WithheldText), TextAlign.Center);
            return;
        }

        if (cell.BandIndex is { } band)
        {
            canvas.DrawRectangle(new XSolidBrush(Hex(HeatMapPalette.Fill[band])), rect);
            pdf.Fonts.Draw(canvas, cell.Text, MidX(), MidY() + 3, 8, bold: true, Hex(HeatMapPalette.Text[band]), TextAlign.Center);
            return;
        }

        canvas.DrawRectangle(new XPen(Grid, 0.5), rect);
        pdf.Fonts.Draw(canvas, cell.Text, MidX(), MidY() + 3, 8, bold: false, Muted, TextAlign.Center);
    }

    /// <summary>A <c>#RRGGBB</c> colour.</summary>
    public static XColor Hex(string value) => XColor.FromArgb(int.Parse(value.AsSpan(1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
        int.Parse(value.AsSpan(3, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture), int.Parse(value.AsSpan(5, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
}
