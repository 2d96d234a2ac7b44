using SkiaSharp;

namespace WellnessAssessment.Reports.Pdf;

/// <summary>
/// A small composition layer for the PDF: pages with a header and "Page X of Y" footer, headings, wrapped paragraphs,
/// tables whose rows move to the next page under a repeated header, and fixed-height blocks for charts. Content is laid
/// out first (so the page count is known) and drawn when the document is written.
/// </summary>
internal sealed class PdfComposer(ReportFonts fonts, SKColor accent)
{
    public const float PageWidth = 612;   // US Letter, points
    public const float PageHeight = 792;
    public const float Margin = 54;
    public const float ContentWidth = PageWidth - 2 * Margin;
    public const float ContentTop = Margin + 24;
    public const float ContentBottom = PageHeight - Margin - 16;
    private const float CellPadding = 4;
    private const float BarLabelWidth = 26;
    private static readonly SKColor RuleColor = new(0xC9, 0xD1, 0xD9);
    private static readonly SKColor TrackColor = new(0xE6, 0xEB, 0xF0);

    private readonly List<List<Action<SKCanvas>>> _pages = [];
    private float _y;

    public ReportFonts Fonts => fonts;

    public SKColor Accent => accent;

    public int PageCount => _pages.Count;

    public float Y => _y;

    public float Remaining => ContentBottom - _y;

    private bool PageIsEmpty => _pages.Count > 0 && _y <= ContentTop;

    public void NewPage()
    {
        _pages.Add([]);
        _y = ContentTop;
    }

    public void Space(float height)
    {
        _y += height;
    }

    /// <summary>Starts a new page unless <paramref name="height"/> still fits on this one (or this page is still empty).</summary>
    public void EnsureSpace(float height)
    {
        if (_pages.Count == 0 || (_y + height > ContentBottom && !PageIsEmpty))
        {
            NewPage();
        }
    }

    public void Draw(Action<SKCanvas> draw) => _pages[^1].Add(draw);

    public float HeadingHeight(string text, float size = 16) =>
        TextWrapper.Wrap(text, ContentWidth, line => fonts.Measure(line, size, bold: true)).Count * size * 1.3f + size * 0.7f;

    public void Heading(string text, float size = 16, float keepWithNext = 60)
    {
        var lines = TextWrapper.Wrap(text, ContentWidth, line => fonts.Measure(line, size, bold: true));
        var lineHeight = size * 1.3f;
        EnsureSpace(lines.Count * lineHeight + keepWithNext);
        _y += size * 0.4f;
        foreach (var line in lines)
        {
            DrawText(line, Margin, _y + size, size, bold: true, accent);
            _y += lineHeight;
        }

        _y += size * 0.3f;
    }

    public float ParagraphHeight(string text, float size = 10, bool bold = false, float indent = 0, float width = ContentWidth) =>
        TextWrapper.Wrap(text, width - indent, line => fonts.Measure(line, size, bold)).Count * size * 1.45f + size * 0.5f;

    public void Paragraph(string text, float size = 10, bool bold = false, SKColor? color = null, float indent = 0)
    {
        var lineHeight = size * 1.45f;
        foreach (var line in TextWrapper.Wrap(text, ContentWidth - indent, line => fonts.Measure(line, size, bold)))
        {
            EnsureSpace(lineHeight);
            DrawText(line, Margin + indent, _y + size, size, bold, color ?? SKColors.Black);
            _y += lineHeight;
        }

        _y += size * 0.5f;
    }

    /// <summary>A label and its value side by side, the value wrapped in the space right of the label.</summary>
    public void Fact(string label, string value, float size = 11, float labelWidth = 150)
    {
        var lines = TextWrapper.Wrap(value, ContentWidth - labelWidth, line => fonts.Measure(line, size));
        var lineHeight = size * 1.4f;
        EnsureSpace(lines.Count * lineHeight);
        DrawText(label, Margin, _y + size, size * 0.85f, bold: true, new SKColor(0x4A, 0x55, 0x61));
        foreach (var line in lines)
        {
            DrawText(line, Margin + labelWidth, _y + size, size, bold: false, SKColors.Black);
            _y += lineHeight;
        }

        _y += size * 0.35f;
    }

    /// <summary>The height <see cref="Table"/> needs for these rows if they all fit on one page.</summary>
    public float TableHeight(TableSpec spec, IReadOnlyList<IReadOnlyList<string>> rows) =>
        MeasureRow(spec, spec.Header, bold: true).Height + rows.Sum(row => MeasureRow(spec, row, bold: false).Height) + 8;

    /// <summary>A table: rows that do not fit move to a new page under a repeated header.</summary>
    public void Table(TableSpec spec, IReadOnlyList<IReadOnlyList<string>> rows, IReadOnlyList<double?>? bars = null)
    {
        var head = MeasureRow(spec, spec.Header, bold: true);
        var lineHeight = spec.Size * 1.35f;
        EnsureSpace(head.Height + lineHeight * 2 + 2 * CellPadding);
        DrawRow(spec, head, isHeader: true, bar: null);
        for (var r = 0; r < rows.Count; r++)
        {
            var row = MeasureRow(spec, rows[r], bold: false);
            if (_y + row.Height > ContentBottom)
            {
                NewPage();
                DrawRow(spec, head, isHeader: true, bar: null);
            }

            DrawRow(spec, row, isHeader: false, bar: bars?[r]);
        }

        _y += 8;
    }

    /// <summary>A block of fixed height (a chart); moves to a new page when it does not fit.</summary>
    public void Block(float height, Action<SKCanvas, float> draw)
    {
        EnsureSpace(height);
        var top = _y;
        Draw(canvas => draw(canvas, top));
        _y += height;
    }

    public void DrawText(string text, float x, float baseline, float size, bool bold, SKColor color, SKTextAlign align = SKTextAlign.Left) =>
        Draw(canvas => fonts.Draw(canvas, text, x, baseline, size, bold, color, align));

    /// <summary>Writes every page, with the header on all but the first and "Page X of Y" on all.</summary>
    public void Render(Stream destination, SKDocumentPdfMetadata metadata, string headerLeft, string headerRight)
    {
        using var document = SKDocument.CreatePdf(destination, metadata);
        var muted = new SKColor(0x4A, 0x55, 0x61);
        for (var index = 0; index < _pages.Count; index++)
        {
            var canvas = document.BeginPage(PageWidth, PageHeight);
            if (index > 0)
            {
                fonts.Draw(canvas, Fit(headerLeft, ContentWidth * 0.55f), Margin, Margin, 8, bold: false, muted);
                fonts.Draw(canvas, Fit(headerRight, ContentWidth * 0.42f), PageWidth - Margin, Margin, 8, bold: false, muted, SKTextAlign.Right);
                using var rule = new SKPaint { Color = accent, StrokeWidth = 1, IsStroke = true };
                canvas.DrawLine(Margin, Margin + 6, PageWidth - Margin, Margin + 6, rule);
            }

            fonts.Draw(canvas, $"Page {index + 1} of {_pages.Count}", PageWidth - Margin, PageHeight - Margin + 10, 8, bold: false, muted, SKTextAlign.Right);
            foreach (var draw in _pages[index])
            {
                draw(canvas);
            }

            document.EndPage();
        }

        document.Close();
    }

    private (List<(string Text, bool Bold)>[] Cells, float Height) MeasureRow(TableSpec spec, IReadOnlyList<string> cells, bool bold)
    {
        var wrapped = new List<(string Text, bool Bold)>[cells.Count];
        for (var c = 0; c < cells.Count; c++)
        {
            var width = spec.Widths[c] * ContentWidth - 2 * CellPadding;
            List<(string, bool)> Wrap(string text, bool inBold) => [.. TextWrapper.Wrap(text, width, line => fonts.Measure(line, spec.Size, inBold)).Select(line => (line, inBold))];
            var parts = !bold && c == spec.BoldFirstLineColumn ? cells[c].Split('\n', 2) : [cells[c]];
            wrapped[c] = parts.Length == 2 ? [.. Wrap(parts[0], inBold: true), .. Wrap(parts[1], inBold: false)] : Wrap(cells[c], bold);
        }

        return (wrapped, wrapped.Max(lines => lines.Count) * spec.Size * 1.35f + 2 * CellPadding);
    }

    private void DrawRow(TableSpec spec, (List<(string Text, bool Bold)>[] Cells, float Height) row, bool isHeader, double? bar)
    {
        var top = _y;
        var height = row.Height;
        var size = spec.Size;
        Draw(canvas =>
        {
            if (isHeader)
            {
                using var fill = new SKPaint { Color = accent, IsAntialias = true };
                canvas.DrawRect(Margin, top, ContentWidth, height, fill);
            }

            using var line = new SKPaint { Color = RuleColor, StrokeWidth = 0.5f, IsStroke = true };
            canvas.DrawLine(Margin, top + height, Margin + ContentWidth, top + height, line);
        });
        var x = Margin;
        for (var c = 0; c < row.Cells.Length; c++)
        {
            var width = spec.Widths[c] * ContentWidth;
            var right = spec.RightAligned(c);
            if (!isHeader && c == spec.BarColumn)
            {
                DrawCellBar(x, top, width, size, bar);
            }

            var lineY = top + CellPadding + size;
            foreach (var (text, bold) in row.Cells[c])
            {
                var textX = right ? x + width - CellPadding : x + CellPadding;
                DrawText(text, textX, lineY, size, bold, isHeader ? SKColors.White : SKColors.Black, right ? SKTextAlign.Right : SKTextAlign.Left);
                lineY += size * 1.35f;
            }

            x += width;
        }

        _y += height;
    }

    /// <summary>A 0–100 bar left of the right-aligned number in a cell.</summary>
    private void DrawCellBar(float x, float top, float width, float size, double? value)
    {
        var left = x + CellPadding;
        var length = width - 2 * CellPadding - BarLabelWidth;
        var barTop = top + CellPadding + size * 0.15f;
        var barHeight = size * 0.85f;
        Draw(canvas =>
        {
            using var track = new SKPaint { Color = TrackColor };
            canvas.DrawRect(left, barTop, length, barHeight, track);
            if (value is { } score)
            {
                using var fill = new SKPaint { Color = accent };
                canvas.DrawRect(left, barTop, length * (float)Math.Clamp(score, 0, 100) / 100, barHeight, fill);
            }
        });
    }

    private string Fit(string text, float width)
    {
        if (fonts.Measure(text, 8) <= width)
        {
            return text;
        }

        var cut = text.Length;
        while (cut > 1 && fonts.Measure(text[..cut] + "…", 8) > width)
        {
            cut--;
        }

        return text[..cut] + "…";
    }
}
