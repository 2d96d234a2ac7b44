using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;
using QRCoder;
using WellnessAssessment.Reports.Pdf;

namespace WellnessAssessment.Service.Invitations;

/// <summary>
/// The printable sheet of invitation slips for roll call: US Letter, ten slips a page with dashed cut lines, each with
/// its code, the survey's address and a QR code of that address, and the anonymity statement. Drawn with the reports'
/// PDF backend (PDFsharp) and embedded Noto Sans as a tagged PDF: each slip is a section (its title line an H1, "Your
/// invitation code" an H2 over the code, then paragraphs), its QR code a figure whose alternative text gives the
/// address, the cut lines artifacts; language en-US, title shown. The sheet holds no tabular data, so no table.
/// </summary>
internal static class InvitationSheet
{
    /// <summary>What each slip says about anonymity; the survey's own statement says the same.</summary>
    public const string AnonymityStatement =
        "This code is not linked to your name. Slips are handed out at random, so no one can tell which answers are yours.";

    private const float PageWidth = 612;
    private const float PageHeight = 792;
    private const float Margin = 36;
    private const int Columns = 2;
    private const int Rows = 5;

    public static byte[] Write(string agencyName, string cycleTitle, string surveyUrl, IReadOnlyList<string> codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        using var fonts = new ReportFonts();
        var qr = QrModules(surveyUrl);
        using var document = new PdfDocument();
        new PdfDocumentInfo(
            Title: $"Invitation codes — {cycleTitle}",
            Author: agencyName,
            Subject: $"Invitation slips for {cycleTitle}",
            Keywords: "invitation codes, survey",
            Creator: "WellnessAssessment",
            Created: DateTimeOffset.UtcNow).ApplyTo(document);
        var structure = UAManager.ForDocument(document).StructureBuilder;
        var perPage = Columns * Rows;
        var slipWidth = (PageWidth - (2 * Margin)) / Columns;
        var slipHeight = (PageHeight - (2 * Margin)) / Rows;
        XGraphics? graphics = null;
        try
        {
            for (var first = 0; first < codes.Count; first += perPage)
            {
                var page = document.AddPage();
                graphics?.Dispose();
                page.Width = XUnit.FromPoint(PageWidth);
                page.Height = XUnit.FromPoint(PageHeight);
                graphics = XGraphics.FromPdfPage(page);
                structure.BeginArtifact();
                DrawCutLines(graphics, slipWidth, slipHeight);
                structure.End();
                for (var i = first; i < Math.Min(first + perPage, codes.Count); i++)
                {
                    var slot = i - first;
                    var x = Margin + (slot % Columns * slipWidth);
                    var y = Margin + (slot / Columns * slipHeight);
                    DrawSlip(graphics, structure, fonts, qr, x, y, slipWidth, slipHeight, agencyName, cycleTitle, surveyUrl, codes[i]);
                }
            }
        }
        finally
        {
            graphics?.Dispose();
        }

        using var output = new MemoryStream();
        PdfDocumentInfo.Save(document, output);
        return output.ToArray();
    }

    private static void DrawSlip(XGraphics canvas, StructureBuilder structure, ReportFonts fonts, bool[,] qr, float x, float y, float width, float height, string agencyName, string cycleTitle, string surveyUrl, string code)
    {
        const float Padding = 12;
        var qrSize = height - (2 * Padding) - 30;
        var ink = XColors.Black;
        var muted = XColor.FromArgb(0x44, 0x44, 0x44);
        var textX = x + Padding + qrSize + 10;
        var textWidth = width - (textX - x) - Padding;
        structure.BeginElement(PdfGroupingElementTag.Section);

        var baseline = y + Padding + 9;
        // Each slip stands alone once cut: its title line is a first-level heading, its code under a second-level one.
        structure.BeginElement(PdfBlockLevelElementTag.Heading1);
        foreach (var line in TextWrapper.Wrap($"{agencyName} · {cycleTitle}", textWidth, text => fonts.Measure(text, 9.5f, bold: true)).Take(2))
        {
            fonts.Draw(canvas, line, textX, baseline, 9.5f, bold: true, ink);
            baseline += 12;
        }

        structure.End();
        baseline += 6;
        structure.BeginElement(PdfBlockLevelElementTag.Heading2);
        fonts.Draw(canvas, "Your invitation code", textX, baseline, 8.5f, bold: false, muted);
        structure.End();
        baseline += 19;
        structure.BeginElement(PdfBlockLevelElementTag.Paragraph);
        fonts.Draw(canvas, code, textX, baseline, 17, bold: true, ink);
        structure.End();
        baseline += 14;
        structure.BeginElement(PdfBlockLevelElementTag.Paragraph);
        foreach (var line in TextWrapper.Wrap("Scan the QR code, or open this address and type the code when asked. You can change your answers until the survey closes.", textWidth, text => fonts.Measure(text, 7.5f)).Take(4))
        {
            fonts.Draw(canvas, line, textX, baseline, 7.5f, bold: false, ink);
            baseline += 9.5f;
        }

        structure.End();
        structure.BeginElement(PdfIllustrationElementTag.Figure, $"QR code that opens {surveyUrl}", new XRect(x + Padding, y + Padding, qrSize, qrSize));
        DrawQr(canvas, qr, x + Padding, y + Padding, qrSize);
        structure.End();

        // The address under the QR code, across the slip, so that it can be typed; then the anonymity statement.
        var across = width - (2 * Padding);
        var addressSize = Fit(fonts, surveyUrl, 8, across);
        var below = y + Padding + qrSize + 10;
        structure.BeginElement(PdfBlockLevelElementTag.Paragraph);
        fonts.Draw(canvas, surveyUrl, x + Padding, below, addressSize, bold: false, ink);
        structure.End();
        structure.BeginElement(PdfBlockLevelElementTag.Paragraph);
        foreach (var statement in TextWrapper.Wrap(AnonymityStatement, across, text => fonts.Measure(text, 7.5f)).Take(2))
        {
            below += 9;
            fonts.Draw(canvas, statement, x + Padding, below, 7.5f, bold: false, muted);
        }

        structure.End();
        structure.End();
    }

    private static void DrawCutLines(XGraphics canvas, float slipWidth, float slipHeight)
    {
        var dashes = new XPen(XColor.FromArgb(0x88, 0x88, 0x88), 0.5) { DashStyle = XDashStyle.Custom, DashPattern = [8, 6] };
        for (var column = 0; column <= Columns; column++)
        {
            canvas.DrawLine(dashes, Margin + (column * slipWidth), Margin, Margin + (column * slipWidth), PageHeight - Margin);
        }

        for (var row = 0; row <= Rows; row++)
        {
            canvas.DrawLine(dashes, Margin, Margin + (row * slipHeight), PageWidth - Margin, Margin + (row * slipHeight));
        }
    }

    /// <summary>The dark modules, one rectangle per horizontal run, as one filled path.</summary>
    private static void DrawQr(XGraphics canvas, bool[,] modules, float x, float y, float size)
    {
        var count = modules.GetLength(0);
        var module = size / count;
        var path = new XGraphicsPath { FillMode = XFillMode.Winding };
        for (var row = 0; row < count; row++)
        {
            for (var column = 0; column < count; column++)
            {
                if (!modules[row, column])
                {
                    continue;
                }

                var start = column;
                while (column + 1 < count && modules[row, column + 1])
                {
                    column++;
                }

                path.AddRectangle(x + (start * module), y + (row * module), (column - start + 1) * module, module);
            }
        }

        canvas.DrawPath(XBrushes.Black, path);
    }

    /// <summary>The QR code's modules (with its quiet zone), error correction M: one matrix for every slip of the sheet.</summary>
    private static bool[,] QrModules(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var size = data.ModuleMatrix.Count;
        var modules = new bool[size, size];
        for (var row = 0; row < size; row++)
        {
            for (var column = 0; column < size; column++)
            {
                modules[row, column] = data.ModuleMatrix[row][column];
            }
        }

        return modules;
    }

    private static float Fit(ReportFonts fonts, string text, float size, float width)
    {
        var measured = fonts.Measure(text, size);
        return measured <= width ? size : size * width / measured;
    }
}
