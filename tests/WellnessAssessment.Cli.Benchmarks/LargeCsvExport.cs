using System.Globalization;
using System.Text;
using WellnessAssessment.Instruments;
using WellnessAssessment.Responses;
using WellnessAssessment.Tests.Fixtures;

namespace WellnessAssessment.Cli.Benchmarks;

/// <summary>
/// A deterministic survey-tool export of <c>n</c> respondents (the core's <c>ExampleResponseSets.Large</c>): UTF-8 with a
/// BOM, comma-separated, CRLF, a respondent id, group titles, and answers written the ways exports write them: numbers,
/// scale labels (every third level answer), "Don't know", "N/A" and blanks.
/// </summary>
internal static class LargeCsvExport
{
    public static void Write(string path, int respondents)
    {
        var instrument = InstrumentCatalog.BuiltIn.Find("safer-together", "1.0.0")!;
        var set = ExampleResponseSets.Large(instrument, respondents);
        var items = instrument.Items.ToList();
        var groupTitles = instrument.Groups.ToDictionary(group => group.Id, group => group.Title, StringComparer.Ordinal);
        var labels = instrument.Scale.Levels.ToDictionary(level => level.Value, level => level.Label);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        writer.NewLine = "\r\n";
        writer.WriteLine(string.Join(',', ["respondentId", "group", .. items.Select(item => item.Id)]));
        var cells = new string[items.Count + 2];
        var levelAnswers = 0;
        foreach (var response in set.Responses)
        {
            cells[0] = response.RespondentId;
            cells[1] = Quote(groupTitles[response.Group]);
            for (var i = 0; i < items.Count; i++)
            {
                cells[i + 2] = response.Answers.TryGetValue(items[i].Id, out var answer)
                    ? answer.Kind switch
                    {
                        AnswerKind.DontKnow => "Don't know",
                        AnswerKind.NotApplicable => "N/A",
                        _ => levelAnswers++ % 3 == 0 ? labels[answer.Value] : answer.Value.ToString(CultureInfo.InvariantCulture),
                    }
                    : string.Empty;
            }

            writer.WriteLine(string.Join(',', cells));
        }
    }

    private static string Quote(string text) => text.Contains(',', StringComparison.Ordinal) ? $"\"{text}\"" : text;
}
