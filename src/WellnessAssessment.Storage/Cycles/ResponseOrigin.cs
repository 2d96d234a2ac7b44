namespace WellnessAssessment.Storage.Cycles;

/// <summary>Where a cycle's answers come from: a cycle takes online answers or one import, never both.</summary>
public enum ResponseOrigin
{
    /// <summary>Answers submitted through the respondent link.</summary>
    Online,

    /// <summary>One imported response set (for example a survey export).</summary>
    Import,
}
