namespace WellnessAssessment.ActionPlan;

/// <summary>One focus area: a domain of the instrument that the first-year plan leads with.</summary>
/// <param name="DomainId">The domain id, for example <c>wellness.peer-support</c>.</param>
/// <param name="Title">The domain's title.</param>
public sealed record FocusArea(string DomainId, string Title)
{
    /// <summary>
    /// The domain's score in the result, or <see langword="null"/> when the result withholds it or the focus areas were
    /// chosen without a result.
    /// </summary>
    public double? Score { get; init; }

    /// <summary>
    /// Who answers for the area: the owner of its highest-priority first-year action, or <see langword="null"/> when
    /// the first-year plan has no action in the area (or the focus areas were chosen without a plan).
    /// </summary>
    public string? Owner { get; init; }
}
