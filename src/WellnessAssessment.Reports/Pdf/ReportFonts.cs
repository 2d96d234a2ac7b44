using SkiaSharp;

namespace WellnessAssessment.Reports.Pdf;

/// <summary>The embedded Noto Sans faces (OFL), so output never depends on the machine's fonts.</summary>
internal sealed class ReportFonts : IDisposable
{
    public ReportFonts()
    {
        Regular = Load("WellnessAssessment.Reports.Fonts.Regular.ttf");
        Bold = Load("WellnessAssessment.Reports.Fonts.Bold.ttf");
    }

    public SKTypeface Regular { get; }

    public SKTypeface Bold { get; }

    public SKFont Font(float size, bool bold = false) => new(bold ? Bold : Regular, size) { Subpixel = true, Edging = SKFontEdging.Antialias };

    public void Dispose()
    {
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
