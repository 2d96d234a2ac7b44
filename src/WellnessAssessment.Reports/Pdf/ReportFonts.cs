using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace WellnessAssessment.Reports.Pdf;

/// <summary>
/// The embedded Noto Sans faces (OFL), so output never depends on the machine's fonts, and their HarfBuzz shapers:
/// every string is measured and drawn shaped (kerning, exact unhinted advances) and stays real, extractable text.
/// </summary>
internal sealed class ReportFonts : IDisposable
{
    private readonly SKShaper _regularShaper;
    private readonly SKShaper _boldShaper;
    private readonly Dictionary<(string Text, float Size, bool Bold), float> _widths = [];

    public ReportFonts()
    {
        Regular = Load("WellnessAssessment.Reports.Fonts.Regular.ttf");
        Bold = Load("WellnessAssessment.Reports.Fonts.Bold.ttf");
        _regularShaper = new SKShaper(Regular);
        _boldShaper = new SKShaper(Bold);
    }

    public SKTypeface Regular { get; }

    public SKTypeface Bold { get; }

    public SKFont Font(float size, bool bold = false) =>
        new(bold ? Bold : Regular, size) { Subpixel = true, LinearMetrics = true, Hinting = SKFontHinting.None, Edging = SKFontEdging.Antialias };

    /// <summary>The advance width of <paramref name="text"/> as shaped, in points.</summary>
    public float Measure(string text, float size, bool bold = false)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        if (_widths.TryGetValue((text, size, bold), out var width))
        {
            return width;
        }

        using var font = Font(size, bold);
        width = (bold ? _boldShaper : _regularShaper).Shape(text, font).Width;
        _widths[(text, size, bold)] = width;
        return width;
    }

    /// <summary>Draws one line of shaped text with its baseline at <paramref name="baseline"/>.</summary>
    public void Draw(SKCanvas canvas, string text, float x, float baseline, float size, bool bold, SKColor color, SKTextAlign align = SKTextAlign.Left)
    {
        if (text.Length == 0)
        {
            return;
        }

        using var font = Font(size, bold);
        using var paint = new SKPaint { Color = color, IsAntialias = true };
        canvas.DrawShapedText(bold ? _boldShaper : _regularShaper, text, x, baseline, align, font, paint);
    }

    public void Dispose()
    {
        _regularShaper.Dispose();
        _boldShaper.Dispose();
        Regular.Dispose();
        Bold.Dispose();
    }

    private static SKTypeface Load(string resource)
    {
        using var stream = typeof(ReportFonts).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded font {resource} is missing.");
        using var data = SKData.Create(stream);
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException($"The embedded font {resource} cannot be read.");
    }
}
