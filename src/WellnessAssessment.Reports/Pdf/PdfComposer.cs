using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace WellnessAssessment.Reports.Pdf;

/// <summary>
/// A small composition layer for the PDF: pages with a header and "Page X of Y" footer, headings, wrapped paragraphs,
/// lists, tables whose rows move to the next page under a repeated header, and fixed-height blocks for charts. Content
/// is laid out first (so the page count is known) and drawn when the document is written, as tagged PDF: every
/// primitive opens its structure element (H1/H2, P, L/LI, Table/TR/TH/TD, Figure with /Alt) in drawing order, and
/// decoration, running headers and footers are artifacts.
/// </summary>
internal sealed class PdfComposer(ReportFonts fonts, XColor accent)
{
    public const float PageWidth = 612;   // US Letter, points
    public const float PageHeight = 792;
    public const float Margin = 54;
    public const float ContentWidth = PageWidth - 2 * Margin;
    public const float ContentTop = Margin + 24;
    public const float ContentBottom = PageHeight - Margin - 16;
    private const float CellPadding = 4;
    private const float BarLabelWidth = 26;
    private static readonly XColor RuleColor = XColor.FromArgb(0xC9, 0xD1, 0xD9);
    private static readonly XColor TrackColor = XColor.FromArgb(0xE6, 0xEB, 0xF0);
    private static readonly XColor Muted = XColor.FromArgb(0x4A, 0x55, 0x61);

    private readonly List<Op> _ops = [];
    private int _pages;
    private float _y;

    private enum OpKind
    {
        Page,
        Begin,
        Figure,
        Artifact,
        End,
        Draw,
    }

    public ReportFonts Fonts => fonts;

    public XColor Accent => accent;

    public int PageCount => _pages;

    public float Y => _y;

    public float Remaining => ContentBottom - _y;

    private bool PageIsEmpty => _pages > 0 && _y <= ContentTop;

    public void NewPage()
    {
        _ops.Add(new Op(OpKind.Page));
        _pages++;
        _y = ContentTop;
    }

    public void Space(float height)
    {
        _y += height;
    }

    /// <summary>Starts a new page unless <paramref name="height"/> still fits on this one (or this page is still empty).</summary>
    public void EnsureSpace(float height)
    {
        if (_pages == 0 || (_y + height > ContentBottom && !PageIsEmpty))
        {
            NewPage();
        }
    }

    /// <summary>Opens a structure element; what is drawn until the matching <see cref="End"/> belongs to it.</summary>
    public void Begin(PdfBlockLevelElementTag tag) => _ops.Add(new Op(OpKind.Begin, tag));

    /// <summary>Closes the innermost open structure element.</summary>
    public void End() => _ops.Add(new Op(OpKind.End));

    /// <summary>Draws content that belongs to the open structure element.</summary>
    public void Draw(Action<XGraphics> draw) => _ops.Add(new Op(OpKind.Draw, Draw: draw));

    /// <summary>Draws decoration (fills, rules, bars beside numbers) as an artifact, outside the structure tree.</summary>
    public void Decorate(Action<XGraphics> draw)
    {
        _ops.Add(new Op(OpKind.Artifact));
        _ops.Add(new Op(OpKind.Draw, Draw: draw));
        _ops.Add(new Op(OpKind.End));
    }

    public float HeadingHeight(string text, float size = 16) =>
        TextWrapper.Wrap(text, ContentWidth, line => fonts.Measure(line, size, bold: true)).Count * size * 1.3f + size * 0.7f;

    /// <summary>A heading: H1 at 14 pt and above, H2 below, unless <paramref name="tag"/> says otherwise.</summary>
    public void Heading(string text, float size = 16, float keepWithNext = 60, PdfBlockLevelElementTag? tag = null)
    {
        var lines = TextWrapper.Wrap(text, ContentWidth, line => fonts.Measure(line, size, bold: true));
        var lineHeight = size * 1.3f;
        EnsureSpace(lines.Count * lineHeight + keepWithNext);
        Begin(tag ?? (size >= 14 ? PdfBlockLevelElementTag.Heading1 : PdfBlockLevelElementTag.Heading2));
        _y += size * 0.4f;
        foreach (var line in lines)
        {
            DrawText(line, Margin, _y + size, size, bold: true, accent);
            _y += lineHeight;
        }

        _y += size * 0.3f;
        End();
    }

    public float ParagraphHeight(string text, float size = 10, bool bold = false, float indent = 0, float width = ContentWidth) =>
        TextWrapper.Wrap(text, width - indent, line => fonts.Measure(line, size, bold)).Count * size * 1.45f + size * 0.5f;

    /// <summary>Wrapped text in its own structure element (P unless <paramref name="tag"/> says otherwise); lines that do not fit move to the next page.</summary>
    public void Paragraph(string text, float size = 10, bool bold = false, XColor? color = null, float indent = 0, PdfBlockLevelElementTag tag = PdfBlockLevelElementTag.Paragraph)
    {
        var lineHeight = size * 1.45f;
        EnsureSpace(lineHeight);
        Begin(tag);
        foreach (var line in TextWrapper.Wrap(text, ContentWidth - indent, line => fonts.Measure(line, size, bold)))
        {
            EnsureSpace(lineHeight);
            DrawText(line, Margin + indent, _y + size, size, bold, color ?? XColors.Black);
            _y += lineHeight;
        }

        _y += size * 0.5f;
        End();
    }

    /// <summary>A bulleted list (L, one LI with its LBody per item); an item moves to the next page whole when it fits on one.</summary>
    public void List(IEnumerable<string> items, float size = 10)
    {
        var open = false;
        foreach (var item in items)
        {
            var text = "• " + item;
            EnsureSpace(ParagraphHeight(text, size));
            if (!open)
            {
                Begin(PdfBlockLevelElementTag.List);
                open = true;
            }

            Begin(PdfBlockLevelElementTag.ListItem);
            Paragraph(text, size, tag: PdfBlockLevelElementTag.ListBody);
            End();
        }

        if (open)
        {
            End();
        }
    }

    /// <summary>A label and its value side by side, the value wrapped in the space right of the label; one paragraph.</summary>
    public void Fact(string label, string value, float size = 11, float labelWidth = 150)
    {
        var lines = TextWrapper.Wrap(value, ContentWidth - labelWidth, line => fonts.Measure(line, size));
        var lineHeight = size * 1.4f;
        EnsureSpace(lines.Count * lineHeight);
        Begin(PdfBlockLevelElementTag.Paragraph);
        DrawText(label, Margin, _y + size, size * 0.85f, bold: true, Muted);
        foreach (var line in lines)
        {
            DrawText(line, Margin + labelWidth, _y + size, size, bold: false, XColors.Black);
            _y += lineHeight;
        }

        _y += size * 0.35f;
        End();
    }

    /// <summary>The height <see cref="Table"/> needs for these rows if they all fit on one page.</summary>
    public float TableHeight(TableSpec spec, IReadOnlyList<IReadOnlyList<string>> rows) =>
        MeasureRow(spec, spec.Header, bold: true).Height + rows.Sum(row => MeasureRow(spec, row, bold: false).Height) + 8;

    /// <summary>
    /// A table (Table, TR, TH for the header cells, TD): rows that do not fit move to a new page under a repeated
    /// header, which is an artifact (the first header row is the table's).
    /// </summary>
    public void Table(TableSpec spec, IReadOnlyList<IReadOnlyList<string>> rows, IReadOnlyList<double?>? bars = null)
    {
        var head = MeasureRow(spec, spec.Header, bold: true);
        var lineHeight = spec.Size * 1.35f;
        EnsureSpace(head.Height + lineHeight * 2 + 2 * CellPadding);
        Begin(PdfBlockLevelElementTag.Table);
        DrawRow(spec, head, isHeader: true, bar: null, repeated: false);
        for (var r = 0; r < rows.Count; r++)
        {
            var row = MeasureRow(spec, rows[r], bold: false);
            if (_y + row.Height > ContentBottom)
            {
                NewPage();
                DrawRow(spec, head, isHeader: true, bar: null, repeated: true);
            }

            DrawRow(spec, row, isHeader: false, bar: bars?[r], repeated: false);
        }

        End();
        _y += 8;
    }

    /// <summary>
    /// A block of fixed height (a chart or an image), a Figure with <paramref name="alt"/> as its alternative text, or
    /// an artifact when <paramref name="alt"/> is <see langword="null"/> (decoration); moves to a new page when it does not fit.
    /// </summary>
    public void Block(float height, Action<XGraphics, float> draw, string? alt)
    {
        EnsureSpace(height);
        var top = _y;
        _ops.Add(alt is null ? new Op(OpKind.Artifact) : new Op(OpKind.Figure, Alt: alt, Box: new XRect(Margin, top, ContentWidth, height)));
        _ops.Add(new Op(OpKind.Draw, Draw: graphics => draw(graphics, top)));
        _ops.Add(new Op(OpKind.End));
        _y += height;
    }

    public void DrawText(string text, float x, float baseline, float size, bool bold, XColor color, TextAlign align = TextAlign.Left) =>
        Draw(graphics => fonts.Draw(graphics, text, x, baseline, size, bold, color, align));

    /// <summary>Writes every page, with the header on all but the first and "Page X of Y" on all, both artifacts.</summary>
    public void Render(Stream destination, PdfDocumentInfo info, string headerLeft, string headerRight)
    {
        using var document = new PdfDocument();
        info.ApplyTo(document);
        var structure = UAManager.ForDocument(document).StructureBuilder;
        XGraphics? graphics = null;
        var index = -1;
        try
        {
            foreach (var op in _ops)
            {
                switch (op.Kind)
                {
                    case OpKind.Page:
                        // The structure builder closes the open marked content on the old page as the new one is
                        // added, through the old page's graphics: they are disposed only after.
                        var page = document.AddPage();
                        graphics?.Dispose();
                        page.Width = XUnit.FromPoint(PageWidth);
                        page.Height = XUnit.FromPoint(PageHeight);
                        graphics = XGraphics.FromPdfPage(page);
                        index++;
                        structure.BeginArtifact();
                        RunningHeader(graphics, index, headerLeft, headerRight);
                        structure.End();
                        break;
                    case OpKind.Begin:
                        structure.BeginElement(op.Tag);
                        break;
                    case OpKind.Figure:
                        structure.BeginElement(PdfIllustrationElementTag.Figure, op.Alt!, op.Box);
                        break;
                    case OpKind.Artifact:
                        structure.BeginArtifact();
                        break;
                    case OpKind.End:
                        structure.End();
                        break;
                    case OpKind.Draw:
                        op.Draw!(graphics!);
                        break;
                }
            }
        }
        finally
        {
            graphics?.Dispose();
        }

        PdfDocumentInfo.Save(document, destination);
    }

    private void RunningHeader(XGraphics graphics, int index, string headerLeft, string headerRight)
    {
        if (index > 0)
        {
            fonts.Draw(graphics, Fit(headerLeft, ContentWidth * 0.55f), Margin, Margin, 8, bold: false, Muted);
            fonts.Draw(graphics, Fit(headerRight, ContentWidth * 0.42f), PageWidth - Margin, Margin, 8, bold: false, Muted, TextAlign.Right);
            graphics.DrawLine(new XPen(accent, 1), Margin, Margin + 6, PageWidth - Margin, Margin + 6);
        }

        fonts.Draw(graphics, $"Page {index + 1} of {_pages}", PageWidth - Margin, PageHeight - Margin + 10, 8, bold: false, Muted, TextAlign.Right);
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

    private void DrawRow(TableSpec spec, (List<(string Text, bool Bold)>[] Cells, float Height) row, bool isHeader, double? bar, bool repeated)
    {
        var top = _y;
        var height = row.Height;
        var size = spec.Size;
        if (repeated)
        {
            _ops.Add(new Op(OpKind.Artifact));
        }
        else
        {
            Begin(PdfBlockLevelElementTag.TableRow);
        }

        Action<Action<XGraphics>> decorate = repeated ? Draw : Decorate;
        decorate(graphics =>
        {
            if (isHeader)
            {
                graphics.DrawRectangle(new XSolidBrush(accent), Margin, top, ContentWidth, height);
            }

            graphics.DrawLine(new XPen(RuleColor, 0.5), Margin, top + height, Margin + ContentWidth, top + height);
        });
        var x = Margin;
        for (var c = 0; c < row.Cells.Length; c++)
        {
            var width = spec.Widths[c] * ContentWidth;
            var right = spec.RightAligned(c);
            if (!repeated)
            {
                Begin(isHeader ? PdfBlockLevelElementTag.TableHeaderCell : PdfBlockLevelElementTag.TableDataCell);
            }

            if (!isHeader && c == spec.BarColumn)
            {
                DrawCellBar(x, top, width, size, bar);
            }

            var lineY = top + CellPadding + size;
            foreach (var (text, bold) in row.Cells[c])
            {
                var textX = right ? x + width - CellPadding : x + CellPadding;
                DrawText(text, textX, lineY, size, bold, isHeader ? XColors.White : XColors.Black, right ? TextAlign.Right : TextAlign.Left);
                lineY += size * 1.35f;
            }

            if (!repeated)
            {
                End();
            }

            x += width;
        }

        End();
        _y += height;
    }

    /// <summary>A 0–100 bar left of the right-aligned number in a cell (decoration: the number is the content).</summary>
    private void DrawCellBar(float x, float top, float width, float size, double? value)
    {
        var left = x + CellPadding;
        var length = width - 2 * CellPadding - BarLabelWidth;
        var barTop = top + CellPadding + size * 0.15f;
        var barHeight = size * 0.85f;
        Decorate(graphics =>
        {
            graphics.DrawRectangle(new XSolidBrush(TrackColor), left, barTop, length, barHeight);
            if (value is { } score)
            {
                graphics.DrawRectangle(new XSolidBrush(accent), left, barTop, length * Math.Clamp(score, 0, 100) / 100, barHeight);
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

    private readonly record struct Op(OpKind Kind, PdfBlockLevelElementTag Tag = default, string? Alt = null, XRect Box = default, Action<XGraphics>? Draw = null);
}
