using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace WellnessAssessment.Reports.Pdf;

/// <summary>
/// The embedded Noto Sans faces (OFL), so output never depends on the machine's fonts: PDFsharp finds them through
/// <see cref="ReportFontResolver"/> and embeds the glyphs used (Unicode encoding, so every string stays real,
/// extractable text). Strings are measured with PDFsharp's own metrics, the ones it draws with.
/// </summary>
internal sealed class ReportFonts : IDisposable
{
    private static readonly XPdfFontOptions Options = new(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset);
    private readonly XFont?[] _regular = new XFont?[64];
    private readonly XFont?[] _bold = new XFont?[64];
    private readonly Dictionary<(float Size, bool Bold), XFont> _fonts = [];
    private readonly Dictionary<(string Text, float Size, bool Bold), float> _widths = [];
    private readonly XGraphics _measure;

    public ReportFonts()
    {
        ReportFontResolver.Register();
        _measure = XGraphics.CreateMeasureContext(new XSize(612, 792), XGraphicsUnit.Point, XPageDirection.Downwards);
    }

    public XFont Font(float size, bool bold = false)
    {
        // Whole and half point sizes (nearly all of the report's) are kept in an array; others in a dictionary.
        var slot = size * 2;
        if (slot == MathF.Floor(slot) && slot < 64)
        {
            var fonts = bold ? _bold : _regular;
            return fonts[(int)slot] ??= Create(size, bold);
        }

        if (!_fonts.TryGetValue((size, bold), out var font))
        {
            font = Create(size, bold);
            _fonts[(size, bold)] = font;
        }

        return font;
    }

    /// <summary>The advance width of <paramref name="text"/>, in points.</summary>
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

        width = (float)_measure.MeasureString(text, Font(size, bold)).Width;
        _widths[(text, size, bold)] = width;
        return width;
    }

    /// <summary>Draws one line of text with its baseline at <paramref name="baseline"/>.</summary>
    public void Draw(XGraphics graphics, string text, float x, float baseline, float size, bool bold, XColor color, TextAlign align = TextAlign.Left)
    {
        if (text.Length == 0)
        {
            return;
        }

        var format = align switch
        {
            TextAlign.Center => XStringFormats.BaseLineCenter,
            TextAlign.Right => XStringFormats.BaseLineRight,
            _ => XStringFormats.BaseLineLeft,
        };
        graphics.DrawString(text, Font(size, bold), new XSolidBrush(color), x, baseline, format);
    }

    public void Dispose() => _measure.Dispose();

    private static XFont Create(float size, bool bold) =>
        new(ReportFontResolver.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, Options);
}

/// <summary>Where a line of text sits relative to its x coordinate.</summary>
internal enum TextAlign
{
    Left,
    Center,
    Right,
}

/// <summary>
/// Resolves the family <see cref="Family"/> to the Noto Sans faces embedded in this assembly; other families go to
/// PDFsharp's platform resolver. PDFsharp allows one resolver per process, set before the first font is used.
/// </summary>
internal sealed class ReportFontResolver : IFontResolver
{
    public const string Family = "WellnessAssessment Noto Sans";
    private const string RegularFace = "WellnessAssessment-NotoSans-Regular";
    private const string BoldFace = "WellnessAssessment-NotoSans-Bold";
    private static readonly Lazy<byte[]> Regular = new(() => Load("WellnessAssessment.Reports.Fonts.Regular.ttf"));
    private static readonly Lazy<byte[]> Bold = new(() => Load("WellnessAssessment.Reports.Fonts.Bold.ttf"));
    private static readonly Lock Gate = new();

    /// <summary>Installs this resolver unless one is installed; fails clearly when another application resolver was installed first.</summary>
    public static void Register()
    {
        if (GlobalFontSettings.FontResolver is ReportFontResolver)
        {
            return;
        }

        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is null)
            {
                GlobalFontSettings.FontResolver = new ReportFontResolver();
            }
            else if (GlobalFontSettings.FontResolver is not ReportFontResolver)
            {
                throw new InvalidOperationException($"Another PDFsharp font resolver ({GlobalFontSettings.FontResolver.GetType().FullName}) is installed; the reports need their own to embed Noto Sans.");
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        string.Equals(familyName, Family, StringComparison.Ordinal)
            ? new FontResolverInfo(bold ? BoldFace : RegularFace)
            : PlatformFontResolver.ResolveTypeface(familyName, bold, italic);

    public byte[]? GetFont(string faceName) => faceName switch
    {
        RegularFace => Regular.Value,
        BoldFace => Bold.Value,
        _ => null,
    };

    private static byte[] Load(string resource)
    {
        using var stream = typeof(ReportFontResolver).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded font {resource} is missing.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
