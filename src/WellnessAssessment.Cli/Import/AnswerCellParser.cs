using System.Globalization;
using System.Text.RegularExpressions;
using WellnessAssessment.Instruments;
using WellnessAssessment.Responses;

namespace WellnessAssessment.Cli.Import;

/// <summary>
/// Reads one answer cell: a number on the scale (<c>3</c>), a level label (<c>Established</c>), both (<c>3 - Established</c>),
/// don't know (<c>DK</c>, <c>Don't know</c>), not applicable (<c>NA</c>, <c>N/A</c>, <c>Not applicable</c>), or blank
/// (unanswered). Matching ignores case, surrounding spaces and curly apostrophes.
/// </summary>
internal sealed partial class AnswerCellParser(ResponseScale scale)
{
    private static readonly HashSet<string> DontKnowWords = new(StringComparer.OrdinalIgnoreCase) { "dk", "don't know", "dont know", "do not know", "dont-know", "unknown", "not sure" };
    private static readonly HashSet<string> NotApplicableWords = new(StringComparer.OrdinalIgnoreCase) { "na", "n/a", "n.a.", "not applicable", "not-applicable", "does not apply" };

    private readonly Dictionary<string, int> _labels = scale.Levels.ToDictionary(level => Normalise(level.Label), level => level.Value, StringComparer.OrdinalIgnoreCase);

    /// <summary>The answer, <see langword="null"/> for a blank cell; or a problem to report.</summary>
    public (Answer? Answer, string? Problem) Parse(string cell, bool allowNotApplicable)
    {
        var text = Normalise(cell);
        if (text.Length == 0)
        {
            return (null, null);
        }

        if (DontKnowWords.Contains(text))
        {
            return (Answer.DontKnow, null);
        }

        if (NotApplicableWords.Contains(text))
        {
            return allowNotApplicable ? (Answer.NotApplicable, null) : (null, "not applicable is not allowed for this item");
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return OnScale(number, text);
        }

        if (_labels.TryGetValue(text, out var labelled))
        {
            return (Answer.Level(labelled), null);
        }

        var combined = NumberThenLabel().Match(text);
        if (combined.Success && int.TryParse(combined.Groups[1].Value, CultureInfo.InvariantCulture, out var value)
            && _labels.TryGetValue(combined.Groups[2].Value, out var labelValue) && labelValue == value)
        {
            return OnScale(value, text);
        }

        return (null, $"'{cell.Trim()}' is not an answer: use {scale.Min}–{scale.Max}, a level ({string.Join(", ", scale.Levels.Select(l => l.Label))}), DK or NA");
    }

    private (Answer?, string?) OnScale(int value, string text) =>
        scale.Contains(value) ? (Answer.Level(value), null) : (null, $"{text} is off the scale ({scale.Min}–{scale.Max})");

    private static string Normalise(string text) => text.Trim().Replace('\u2019', '\'').Replace('\u2018', '\'');

    [GeneratedRegex(@"^(-?\d+)\s*[-–—.:·)]\s*(.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberThenLabel();
}
