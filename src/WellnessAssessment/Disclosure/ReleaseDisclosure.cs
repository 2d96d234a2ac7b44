namespace WellnessAssessment.Disclosure;

/// <summary>What the disclosure gate decided for a release, in words every output can show.</summary>
/// <param name="Purpose">What the answers are for (from <see cref="Scoring.ScoringOptions.Purpose"/>).</param>
/// <param name="Status">Whether figures are shown, or only the fact that fewer than the minimum responded.</param>
/// <param name="MinimumGroupSize">The anonymity threshold k the release was decided with.</param>
public sealed record ReleaseDisclosure(ReleasePurpose Purpose, ReleaseStatus Status, int MinimumGroupSize)
{
    /// <summary>The plain statement every output shows, for example "Fewer than 5 people responded, so no results are shown."</summary>
    public string Statement => Status == ReleaseStatus.FewerThanMinimum
        ? $"Fewer than {MinimumGroupSize} people responded, so no results are shown."
        : Purpose == ReleasePurpose.LeadershipSelfAssessment
            ? "A leadership self-assessment: the respondents are named and were told their answers are not anonymous; every figure is shown."
            : $"An anonymous survey: no figure of fewer than {MinimumGroupSize} people is shown, and figures are withheld where the shown ones would narrow down a smaller group.";
}
