using System.Globalization;
using QRCoder;
using SkiaSharp;

namespace WellnessAssessment.Api.Invitations;

/// <summary>
/// The printable sheet of invitation slips for roll call: US Letter, ten slips a page with dashed cut lines, each with
/// its code, the survey's address and a QR code of that address, and the anonymity statement. Drawn with SkiaSharp's
/// PDF backend (the one the reports use) and the reports' embedded Noto Sans, so its text is real, extractable text.
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
        using var regular = LoadFont("WellnessAssessment.Reports.Fonts.Regular.ttf");
        using var bold = LoadFont("WellnessAssessment.Reports.Fonts.Bold.ttf");
        var qr = QrModules(surveyUrl);
        using var output = new MemoryStream();
        var metadata = new SKDocumentPdfMetadata
        {
            Title = $"Invitation codes — {cycleTitle}",
            Author = agencyName,
            Creator = "WellnessAssessment",
            Producer = "WellnessAssessment (SkiaSharp)",
            RasterDpi = 300,
        };
        using (var document = SKDocument.CreatePdf(output, metadata))
        {
            var perPage = Columns * Rows;
            var slipWidth = (PageWidth - (2 * Margin)) / Columns;
            var slipHeight = (PageHeight - (2 * Margin)) / Rows;
            for (var first = 0; first < codes.Count; first += perPage)
            {
                var canvas = document.BeginPage(PageWidth, PageHeight);
                DrawCutLines(canvas, slipWidth, slipHeight);
                for (var i = first; i < Math.Min(first + perPage, codes.Count); i++)
                {
                    var slot = i - first;
                    var x = Margin + (slot % Columns * slipWidth);
                    var y = Margin + (slot / Columns * slipHeight);
                    DrawSlip(canvas, regular, bold, qr, x, y, slipWidth, slipHeight, agencyName, cycleTitle, surveyUrl, codes[i]);
                }

                document.EndPage();
            }

            document.Close();
        }

        return output.ToArray();
    }

    private static void DrawSlip(SKCanvas canvas, SKTypeface regular, SKTypeface bold, bool[,] qr, float x, float y, float width, float height, string agencyName, string cycleTitle, string surveyUrl, string code)
    {
        const float Padding = 12;
        var qrSize = height - (2 * Padding) - 30;
        DrawQr(canvas, qr, x + Padding, y + Padding, qrSize);

        var textX = x + Padding + qrSize + 10;
        var textWidth = width - (textX - x) - Padding;
        using var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        using var muted = new SKPaint { Color = new SKColor(0x44, 0x44, 0x44), IsAntialias = true };
        using var small = Font(regular, 7.5f);
        using var label = Font(regular, 8.5f);
        using var heading = Font(bold, 9.5f);
        using var codeFont = Font(bold, 17);

        var baseline = y + Padding + 9;
        foreach (var line in Wrap($"{agencyName} · {cycleTitle}", heading, textWidth).Take(2))
        {
            canvas.DrawText(line, textX, baseline, heading, ink);
            baseline += 12;
        }

        baseline += 6;
        canvas.DrawText("Your invitation code", textX, baseline, label, muted);
        baseline += 19;
        canvas.DrawText(code, textX, baseline, codeFont, ink);
        baseline += 14;
        foreach (var line in Wrap("Scan the QR code, or open this address and type the code when asked. You can change your answers until the survey closes.", small, textWidth).Take(4))
        {
            canvas.DrawText(line, textX, baseline, small, ink);
            baseline += 9.5f;
        }

        // The address under the QR code, across the slip, so that it can be typed; then the anonymity statement.
        var across = width - (2 * Padding);
        using var address = Font(regular, Fit(surveyUrl, regular, 8, across));
        var below = y + Padding + qrSize + 10;
        canvas.DrawText(surveyUrl, x + Padding, below, address, ink);
        foreach (var statement in Wrap(AnonymityStatement, small, across).Take(2))
        {
            below += 9;
            canvas.DrawText(statement, x + Padding, below, small, muted);
        }
    }

    private static void DrawCutLines(SKCanvas canvas, float slipWidth, float slipHeight)
    {
        using var dashes = new SKPaint { Color = new SKColor(0x88, 0x88, 0x88), StrokeWidth = 0.5f, Style = SKPaintStyle.Stroke, PathEffect = SKPathEffect.CreateDash([4, 3], 0) };
        for (var column = 0; column <= Columns; column++)
        {
            canvas.DrawLine(Margin + (column * slipWidth), Margin, Margin + (column * slipWidth), PageHeight - Margin, dashes);
        }

        for (var row = 0; row <= Rows; row++)
        {
            canvas.DrawLine(Margin, Margin + (row * slipHeight), PageWidth - Margin, Margin + (row * slipHeight), dashes);
        }
    }

    private static void DrawQr(SKCanvas canvas, bool[,] modules, float x, float y, float size)
    {
        var count = modules.GetLength(0);
        var module = size / count;
        using var dark = new SKPaint { Color = SKColors.Black, Style = SKPaintStyle.Fill, IsAntialias = false };
        using var path = new SKPath();
        for (var row = 0; row < count; row++)
        {
            for (var column = 0; column < count; column++)
            {
                if (modules[row, column])
                {
                    path.AddRect(SKRect.Create(x + (column * module), y + (row * module), module, module));
                }
            }
        }

        canvas.DrawPath(path, dark);
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

    /// <summary>Unhinted, with linear metrics, like the reports: glyph advances as designed, so spacing stays even.</summary>
    private static SKFont Font(SKTypeface typeface, float size) =>
        new(typeface, size) { Subpixel = true, LinearMetrics = true, Hinting = SKFontHinting.None, Edging = SKFontEdging.Antialias };

    private static float Fit(string text, SKTypeface typeface, float size, float width)
    {
        using var font = Font(typeface, size);
        var measured = font.MeasureText(text);
        return measured <= width ? size : size * width / measured;
    }

    private static IEnumerable<string> Wrap(string text, SKFont font, float width)
    {
        var line = string.Empty;
        foreach (var word in text.Split(' '))
        {
            var candidate = line.Length == 0 ? word : string.Create(CultureInfo.InvariantCulture, $"{line} {word}");
            if (line.Length > 0 && font.MeasureText(candidate) > width)
            {
                yield return line;
                line = word;
            }
            else
            {
                line = candidate;
            }
        }

        if (line.Length > 0)
        {
            yield return line;
        }
    }

    private static SKTypeface LoadFont(string resource)
    {
        using var stream = typeof(WellnessAssessment.Reports.PdfReportWriter).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded font {resource} is missing.");
        using var data = SKData.Create(stream);
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException($"The embedded font {resource} cannot be read.");
    }
}
