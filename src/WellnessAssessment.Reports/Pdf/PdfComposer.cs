using SkiaSharp;

namespace WellnessAssessment.Reports.Pdf;

/// <summary>
/// A small composition layer for the PDF: pages with a header and "Page X of Y" footer, headings, wrapped paragraphs,
/// tables whose rows move to the next page with a repeated header, and fixed-height blocks for charts. Content is laid
/// out first (so the page count is known) and drawn when the document is written.
/// </summary>
internal sealed class PdfComposer(ReportFonts fonts, SKColor accent)
{
    public const float PageWidth = 612;   // US Letter, points
    public const float PageHeight = 792;
    public const float Margin = 54;
    public const float ContentWidth = PageWidth - 2 * Margin;
    private const float ContentTop = Margin + 24;
    private const float ContentBottom = PageHeight - Margin - 16;

    private readonly List<List<Action<SKCanvas>>> _pages = [];
    private float _y;

    public ReportFonts Fonts => fonts;

    public SKColor Accent => accent;

    public int PageCount => _pages.Count;

    public float Y => _y;

    public void NewPage()
    {
        _pages.Add([]);
        _y = ContentTop;
    }

    public void Space(float height)
    {
        _y += height;
    }

    public float Remaining => ContentBottom - _y;

    public void EnsureSpace(float height)
    {
        if (_pages.Count == 0 || _y + height > ContentBottom)
        {
            NewPage();
        }
    }

    public void Draw(Action<SKCanvas> draw) => _pages[^1].Add(draw);

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

    /// <summary>A table: widths are fractions of the content width; rows that do not fit move to a new page under a repeated header.</summary>
    public void Table(IReadOnlyList<float> widths, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, float size = 8.5f, IReadOnlyList<bool>? rightAligned = null)
    {
        const float Padding = 4;
        var lineHeight = size * 1.35f;
        var columns = widths.Select(w => w * ContentWidth).ToArray();

        (List<string>[] Cells, float Height) Measure(IReadOnlyList<string> cells, bool bold)
        {
            var wrapped = cells.Select((cell, i) => TextWrapper.Wrap(cell, columns[i] - 2 * Padding, line => fonts.Measure(line, size, bold))).ToArray();
            return (wrapped, wrapped.Max(lines => lines.Count) * lineHeight + 2 * Padding);
        }

        var head = Measure(header, bold: true);
        void DrawRow((List<string>[] Cells, float Height) row, bool isHeader)
        {
            var top = _y;
            var height = row.Height;
            Draw(canvas =>
            {
                using var fill = new SKPaint { Color = isHeader ? accent : new SKColor(0xF3, 0xF5, 0xF7), IsAntialias = true };
                if (isHeader)
                {
                    canvas.DrawRect(Margin, top, ContentWidth, height, fill);
                }

                using var line = new SKPaint { Color = new SKColor(0xC9, 0xD1, 0xD9), StrokeWidth = 0.5f, IsStroke = true };
                canvas.DrawLine(Margin, top + height, Margin + ContentWidth, top + height, line);
            });
            var x = Margin;
            for (var c = 0; c < row.Cells.Length; c++)
            {
                var lineY = top + Padding + size;
                foreach (var text in row.Cells[c])
                {
                    var right = rightAligned is not null && rightAligned[c] && !isHeader;
                    var textX = right ? x + columns[c] - Padding : x + Padding;
                    DrawText(text, textX, lineY, size, isHeader, isHeader ? SKColors.White : SKColors.Black, right ? SKTextAlign.Right : SKTextAlign.Left);
                    lineY += lineHeight;
                }

                x += columns[c];
            }

            _y += height;
        }

        EnsureSpace(head.Height + lineHeight * 2 + 2 * Padding);
        DrawRow(head, isHeader: true);
        foreach (var cells in rows)
        {
            var row = Measure(cells, bold: false);
            if (_y + row.Height > ContentBottom)
            {
                NewPage();
                DrawRow(head, isHeader: true);
            }

            DrawRow(row, isHeader: false);
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
        for (var index = 0; index < _pages.Count; index++)
        {
            var canvas = document.BeginPage(PageWidth, PageHeight);
            var muted = new SKColor(0x4A, 0x55, 0x61);
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
