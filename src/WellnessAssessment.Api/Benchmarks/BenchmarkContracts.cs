namespace WellnessAssessment.Api.Benchmarks;

/// <summary>Whether a cycle contributes, anonymously, to the deployment's peer benchmark (off unless the agency opts in).</summary>
/// <param name="AssessmentId">The cycle.</param>
/// <param name="Contributing">Whether the cycle is opted in.</param>
/// <param name="OptedInAt">When the agency opted in; <see langword="null"/> when not contributing.</param>
public sealed record BenchmarkContributionView(string AssessmentId, bool Contributing, DateTimeOffset? OptedInAt);

/// <summary>One benchmark of the deployment after a rebuild or a load.</summary>
/// <param name="InstrumentId">The instrument id.</param>
/// <param name="MajorVersion">The instrument's major version.</param>
/// <param name="Source"><c>deployment</c> (built from opted-in closed cycles) or <c>external</c> (loaded by the administrator).</param>
/// <param name="Agencies">The number of agencies it holds (for an external file: of its all-agencies overall cell, when published).</param>
/// <param name="PublishedCells">The number of cells published (not withheld).</param>
public sealed record BenchmarkSummary(string InstrumentId, int MajorVersion, string Source, int? Agencies, int PublishedCells);
