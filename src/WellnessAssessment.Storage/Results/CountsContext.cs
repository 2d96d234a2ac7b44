using System.Text.Json.Serialization;

namespace WellnessAssessment.Storage.Results;

/// <summary>Source-generated JSON for the counts by group kept in a snapshot's header row.</summary>
[JsonSerializable(typeof(Dictionary<string, int>))]
internal sealed partial class CountsContext : JsonSerializerContext;
