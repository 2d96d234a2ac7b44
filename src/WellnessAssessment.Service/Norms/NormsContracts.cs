namespace WellnessAssessment.Service.Norms;

/// <summary>Whether a cycle contributes, anonymously, to the deployment's peer benchmark (off unless the agency opts in).</summary>
/// <param name="AssessmentId">The cycle.</param>
/// <param name="Contributing">Whether the cycle is opted in.</param>
/// <param name="OptedInAt">When the agency opted in; <see langword="null"/> when not contributing.</param>
public sealed record BenchmarkContributionView(string AssessmentId, bool Contributing, DateTimeOffset? OptedInAt);

/// <summary>One benchmark of the deployment after a rebuild or a load.</summary>
/// <param name="InstrumentId">The instrument id.</param>
/// <param name="MajorVersion">The instrument's major version.</param>
/// <param name="Source"><c>deployment</c> (built from opted-in closed cycles) or <c>external</c> (loaded by the administrator).</param>
/// <param name="Agencies">The number of agencies of the norms in force (for an external file: of its all-agencies overall cell, when published); <see langword="null"/> when none are.</param>
/// <param name="PublishedCells">The number of cells of the norms in force that are published (not withheld).</param>
/// <param name="Published">Whether this rebuild was published: at least 5 contributions changed since the norms in force (always true for a loaded file).</param>
/// <param name="ChangedContributions">How many contributions (agencies added, removed or with changed scores) differ from the norms in force before this rebuild.</param>
/// <param name="InForce"><c>rebuild</c> (this rebuild is in force), <c>previous</c> (the earlier published norms stay in force; the rebuild is kept as pending) or <c>none</c> (nothing published yet).</param>
public sealed record BenchmarkSummary(string InstrumentId, int MajorVersion, string Source, int? Agencies, int PublishedCells, bool Published, int ChangedContributions, string InForce);
