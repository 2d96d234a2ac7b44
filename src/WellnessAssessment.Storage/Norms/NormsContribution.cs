namespace WellnessAssessment.Storage.Norms;

/// <summary>A closed cycle its agency chose to contribute, anonymously, to the deployment's peer benchmark.</summary>
/// <param name="AgencyId">The agency.</param>
/// <param name="AssessmentId">The closed cycle.</param>
/// <param name="InstrumentId">The cycle's instrument id.</param>
/// <param name="InstrumentVersion">The cycle's instrument version.</param>
/// <param name="CycleCreatedAt">When the cycle was opened: the latest contributed cycle of an agency counts.</param>
/// <param name="OptedInAt">When the agency opted in.</param>
public sealed record NormsContribution(string AgencyId, string AssessmentId, string InstrumentId, string InstrumentVersion, DateTimeOffset CycleCreatedAt, DateTimeOffset OptedInAt);
