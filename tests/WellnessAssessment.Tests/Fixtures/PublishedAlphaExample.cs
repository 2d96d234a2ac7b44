namespace WellnessAssessment.Tests.Fixtures;

/// <summary>
/// A published Cronbach's alpha example: 10 respondents × 4 Likert items (1–5), alpha = 0.674
/// ("Survey reliability", thinkdeeply.cc; the page checks the value with R's psych::alpha).
/// </summary>
internal static class PublishedAlphaExample
{
    public static readonly double[][] Rows =
    [
        [3, 3, 3, 3],
        [3, 3, 4, 3],
        [3, 3, 3, 1],
        [5, 4, 4, 5],
        [2, 1, 4, 4],
        [4, 4, 4, 5],
        [3, 2, 3, 3],
        [3, 4, 3, 3],
        [4, 2, 2, 3],
        [3, 3, 2, 3],
    ];

    public const double Alpha = 0.674;
}
