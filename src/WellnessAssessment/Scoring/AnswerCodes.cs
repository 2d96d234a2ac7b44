namespace WellnessAssessment.Scoring;

/// <summary>The non-numeric answers in the scoring matrix, below any raw scale value the validator accepts.</summary>
internal static class AnswerCodes
{
    public const int Unanswered = int.MinValue;
    public const int DontKnow = int.MinValue + 1;
    public const int NotApplicable = int.MinValue + 2;

    /// <summary>Whether the code is a numeric answer (any value above the three sentinels).</summary>
    public static bool IsNumeric(int code) => code > NotApplicable;
}
