namespace WellnessAssessment.Storage.Responses;

/// <summary>What became of one submitted response.</summary>
public enum SubmissionOutcome
{
    /// <summary>Stored (or replaced the respondent's earlier answers); it counts in the results.</summary>
    Accepted,

    /// <summary>The cycle was closed first; nothing was written.</summary>
    Closed,

    /// <summary>Too many submissions raced for the cycle at once; nothing was written and the client may retry.</summary>
    Busy,

    /// <summary>The cycle takes its answers from an import, not online; nothing was written.</summary>
    Imported,
}
