namespace WellnessAssessment.Reports.Model;

/// <summary>The report's participation table: who took part against the agency's headcounts, formatted from the core's report.</summary>
/// <param name="Intro">One paragraph: the overall rate and what to check.</param>
/// <param name="Rows">Per group: title, headcount, respondents, rate, and what to check.</param>
/// <param name="Note">How withheld figures and flags are decided.</param>
internal sealed record ParticipationSection(string Intro, IReadOnlyList<IReadOnlyList<string>> Rows, string Note);
