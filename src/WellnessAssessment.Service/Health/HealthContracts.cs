namespace WellnessAssessment.Service.Health;

/// <summary>The liveness answer: the process runs and serves requests (the store is not asked).</summary>
/// <param name="Status">Always <c>ok</c>.</param>
public sealed record HealthView(string Status);

/// <summary>The readiness answer when the store answers (otherwise a 503 problem).</summary>
/// <param name="Status"><c>ready</c>.</param>
/// <param name="Store"><c>ok</c>.</param>
public sealed record ReadinessView(string Status, string Store);
