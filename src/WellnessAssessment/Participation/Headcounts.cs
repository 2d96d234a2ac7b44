namespace WellnessAssessment.Participation;

/// <summary>
/// How many staff an agency expects to be able to answer: the denominators of participation rates. Every figure is
/// optional; a group without a headcount gets no rate and no burst check.
/// </summary>
public sealed record Headcounts
{
    /// <summary>The smallest headcount accepted, for the total and for any group.</summary>
    public const int MinimumHeadcount = 1;

    /// <summary>The largest headcount accepted, for the total and for any group.</summary>
    public const int MaximumHeadcount = 1_000_000;

    /// <summary>
    /// All staff who may answer; when left out, the sum of <see cref="Groups"/> if every group of the instrument has a
    /// headcount, otherwise no overall rate is given. When given, it is at least the sum of the group headcounts.
    /// </summary>
    public int? Total { get; init; }

    /// <summary>Staff per respondent group id of the instrument; groups left out have no headcount. Never null (null reads as empty).</summary>
    public IReadOnlyDictionary<string, int> Groups
    {
        get => _groups;
        init => _groups = value ?? new Dictionary<string, int>();
    }

    private readonly IReadOnlyDictionary<string, int> _groups = new Dictionary<string, int>();

    /// <summary>True when no headcount is given at all.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsEmpty => Total is null && Groups.Count == 0;
}
