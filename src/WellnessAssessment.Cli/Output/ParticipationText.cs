using System.Globalization;
using System.Text;
using WellnessAssessment.Participation;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;

namespace WellnessAssessment.Cli.Output;

/// <summary>Participation against headcounts for a terminal: per group the headcount, respondents, rate and what to check.</summary>
internal static class ParticipationText
{
    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    public static string Format(AssessmentResult result)
    {
        if (result.Participation is not { } participation)
        {
            return string.Empty;
        }

        var text = new StringBuilder().AppendLine();
        text.AppendLine(Culture, $"Participation: {Count(participation.Respondents)} of {Count(participation.Headcount)} staff ({Rate(participation.Rate)}){(participation.OverHeadcount ? " — MORE RESPONSES THAN STAFF" : string.Empty)}");
        if (participation.WithheldOverHeadcount)
        {
            text.AppendLine("  The withheld groups together: more responses than staff");
        }

        if (participation.IdenticalSheets is { Flagged: true } identical)
        {
            text.AppendLine(Culture, $"  {identical.Statement}");
        }

        text.AppendLine(Culture, $"  {"GROUP",-32} {"HEADCOUNT",9} {"RESPONDENTS",11} {"RATE",6}  CHECK");
        foreach (var group in participation.Groups.Where(g => g.Headcount is not null || g.Respondents is not 0))
        {
            var check = group.OverHeadcount ? "more responses than staff" : string.Empty;
            var line = string.Format(Culture, "  {0,-32} {1,9} {2,11} {3,6}  {4}", group.Title, Count(group.Headcount), group.Respondents?.ToString(Culture) ?? "withheld", Rate(group.Rate), check);
            text.AppendLine(line.TrimEnd());
        }

        return text.ToString();
    }

    private static string Count(int? count) => count?.ToString(Culture) ?? "—";

    private static string Rate(double? rate) => rate is { } r ? (r * 100).ToString("0", Culture) + "%" : "—";
}
