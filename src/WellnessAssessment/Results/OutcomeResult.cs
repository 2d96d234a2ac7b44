namespace WellnessAssessment.Results;

/// <summary>
/// An outcome item's figures: computed like an item's (mean of the answers normalised to 0–100 on the outcome's own
/// scale, n, SD, don't-know rate, per group) and decided by the disclosure gate like an item cell. Counted in no
/// practice score.
/// </summary>
public sealed record OutcomeResult
{
    /// <summary>The outcome id.</summary>
    public required string Id { get; init; }

    /// <summary>The outcome statement, copied from the instrument.</summary>
    public required string Text { get; init; }

    /// <summary>The mean normalised answer (0–100); <see langword="null"/> when nobody answered numerically or the gate withholds it.</summary>
    public required double? Score { get; init; }

    /// <summary>The number of numeric answers.</summary>
    public required int N { get; init; }

    /// <summary>The sample standard deviation of the normalised answers; <see langword="null"/> when <see cref="N"/> &lt; 2 or withheld.</summary>
    public required double? Sd { get; init; }

    /// <summary>The mean raw answer on the outcome's scale; <see langword="null"/> when <see cref="N"/> is 0 or withheld.</summary>
    public required double? MeanLevel { get; init; }

    /// <summary>don't-know ÷ (numeric + don't-know); <see langword="null"/> when that denominator is 0 or withheld.</summary>
    public required double? DontKnowRate { get; init; }

    /// <summary>The per-group breakdown, with the release's suppression pattern completed for the outcome's own counts.</summary>
    public required IReadOnlyList<GroupResult> Groups { get; init; }
}
