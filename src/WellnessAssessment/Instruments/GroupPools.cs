namespace WellnessAssessment.Instruments;

/// <summary>The pools of respondent groups compared by the perception gap.</summary>
public static class GroupPools
{
    /// <summary>Groups that lead the agency (executives, command staff).</summary>
    public const string Leadership = "leadership";

    /// <summary>Groups that do the agency's front-line work (supervisors, officers, dispatchers).</summary>
    public const string Frontline = "frontline";
}
