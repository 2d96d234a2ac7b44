using WellnessAssessment.Instruments;
using WellnessAssessment.Responses;

namespace WellnessAssessment.Tests.Fixtures;

/// <summary>Builds response sets tersely: <c>ResponseSets.For(instrument, ("officer", new() { ["d1.a"] = 3 }))</c>.</summary>
internal static class ResponseSets
{
    public static Response Respondent(string id, string group, Dictionary<string, Answer> answers) =>
        new() { RespondentId = id, Group = group, Answers = answers };

    public static ResponseSet For(Instrument instrument, params (string Group, Dictionary<string, Answer> Answers)[] respondents) => new()
    {
        Instrument = instrument.Reference,
        Agency = new AgencyInfo("test-pd", "Test Police Department"),
        Responses = [.. respondents.Select((respondent, index) => Respondent($"r-{index + 1:000}", respondent.Group, respondent.Answers))],
    };

    /// <summary>Every item of the instrument answered with the same value.</summary>
    public static Dictionary<string, Answer> All(Instrument instrument, Answer answer) =>
        instrument.Items.ToDictionary(item => item.Id, _ => answer);

    /// <summary><paramref name="count"/> respondents of <paramref name="group"/> who answer every item with <paramref name="answer"/>.</summary>
    public static IEnumerable<(string Group, Dictionary<string, Answer> Answers)> Many(Instrument instrument, string group, int count, Answer answer) =>
        Enumerable.Range(0, count).Select(_ => (group, All(instrument, answer)));
}
