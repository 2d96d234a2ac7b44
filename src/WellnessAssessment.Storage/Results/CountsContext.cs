using System.Text.Json.Serialization;

namespace WellnessAssessment.Storage.Results;

/// <summary>Source-generated JSON for the counts by group and busiest windows kept in a snapshot's header row.</summary>
[JsonSerializable(typeof(Dictionary<string, int>))]
[JsonSerializable(typeof(Dictionary<string, WellnessAssessment.Participation.SubmissionWindow>))]
internal sealed partial class CountsContext : JsonSerializerContext;
