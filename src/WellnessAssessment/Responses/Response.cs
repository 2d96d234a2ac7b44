namespace WellnessAssessment.Responses;

/// <summary>One respondent's answers.</summary>
public sealed record Response
{
    /// <summary>An opaque id chosen by whoever collected the answers; unique within a response set. Never a name or badge number.</summary>
    public required string RespondentId { get; init; }

    /// <summary>The id of the respondent group (rank or role) the respondent belongs to.</summary>
    public required string Group { get; init; }

    /// <summary>Answers keyed by item id. An item left out is unanswered.</summary>
    public required IReadOnlyDictionary<string, Answer> Answers { get; init; }
}
