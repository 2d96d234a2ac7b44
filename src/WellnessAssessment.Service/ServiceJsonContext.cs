using System.Text.Json;
using System.Text.Json.Serialization;
using WellnessAssessment.Service.Agencies;
using WellnessAssessment.Service.Audit;
using WellnessAssessment.Service.Cycles;
using WellnessAssessment.Service.Health;

namespace WellnessAssessment.Service;

/// <summary>
/// Source-generated JSON metadata for the layer's request and answer types (web defaults: camelCase, every property
/// written). Hosts put it in their serializer's resolver chain after the core's (<c>WellnessJson</c>).
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(CreateAgencyRequest))]
[JsonSerializable(typeof(CreatedAgency))]
[JsonSerializable(typeof(RotatedKey))]
[JsonSerializable(typeof(IReadOnlyList<AuditEntry>))]
[JsonSerializable(typeof(HealthView))]
[JsonSerializable(typeof(CreateAssessmentRequest))]
[JsonSerializable(typeof(AssessmentView))]
[JsonSerializable(typeof(IReadOnlyList<AssessmentView>))]
[JsonSerializable(typeof(WellnessAssessment.Participation.Headcounts))]
[JsonSerializable(typeof(ImportReceipt))]
[JsonSerializable(typeof(WellnessAssessment.Service.Register.AdoptRequest))]
[JsonSerializable(typeof(WellnessAssessment.Service.Register.AdoptionReceipt))]
[JsonSerializable(typeof(WellnessAssessment.Service.Register.ActionView))]
[JsonSerializable(typeof(WellnessAssessment.Service.Register.RegisterView))]
[JsonSerializable(typeof(WellnessAssessment.Service.Register.ActionEditRequest))]
[JsonSerializable(typeof(WellnessAssessment.Service.Register.ProgressView))]
[JsonSerializable(typeof(ReadinessView))]
[JsonSerializable(typeof(AgencyView))]
[JsonSerializable(typeof(SetFocusAreasRequest))]
[JsonSerializable(typeof(WellnessAssessment.Service.Norms.BenchmarkContributionView))]
[JsonSerializable(typeof(WellnessAssessment.Service.Norms.BenchmarkSummary))]
[JsonSerializable(typeof(IReadOnlyList<WellnessAssessment.Service.Norms.BenchmarkSummary>))]
[JsonSerializable(typeof(WellnessAssessment.Service.Invitations.IssueInvitationsRequest))]
[JsonSerializable(typeof(WellnessAssessment.Service.Invitations.IssuedInvitations))]
[JsonSerializable(typeof(WellnessAssessment.Service.Invitations.InvitationSheetRequest))]
[JsonSerializable(typeof(WellnessAssessment.Service.Invitations.InvitationStatus))]
[JsonSerializable(typeof(WellnessAssessment.Service.Scoring.ScoreRequest))]
[JsonSerializable(typeof(IReadOnlyList<WellnessAssessment.Service.Instruments.InstrumentSummary>))]
[JsonSerializable(typeof(WellnessAssessment.Service.Drafts.SurveyDraft))]
[JsonSerializable(typeof(WellnessAssessment.Service.Drafts.DraftReceipt))]
[JsonSerializable(typeof(WellnessAssessment.Service.Surveys.SurveyView))]
[JsonSerializable(typeof(WellnessAssessment.Service.Surveys.SubmissionReceipt))]
[JsonSerializable(typeof(WellnessAssessment.Service.Results.ResultView))]
[JsonSerializable(typeof(WellnessAssessment.Service.Vocabulary.VocabularyView))]
public sealed partial class ServiceJsonContext : JsonSerializerContext;
