using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace WellnessAssessment.Reports.Tests;

/// <summary>Reads a PDF back with PdfPig, normalising ligatures so text can be compared.</summary>
internal static class PdfReader
{
    public static string Normalise(string text) =>
        text.Replace("ﬁ", "fi", StringComparison.Ordinal).Replace("ﬂ", "fl", StringComparison.Ordinal)
            .Replace("ﬃ", "ffi", StringComparison.Ordinal).Replace("ﬀ", "ff", StringComparison.Ordinal);

    /// <summary>All text of the document with whitespace removed, so wrapped lines compare as one string.</summary>
    public static string Compact(PdfDocument document) =>
        string.Concat(document.GetPages().Select(page => Squeeze(Normalise(string.Concat(page.Letters.Select(l => l.Value))))));

    public static string Squeeze(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    public static IReadOnlyList<Word> Words(Page page) => [.. page.GetWords()];
}
