namespace WellnessAssessment.Storage;

/// <summary>Where and how the API stores agencies, assessment cycles and responses (Azure Table Storage).</summary>
public sealed record WellnessStorageOptions
{
    /// <summary>The storage connection string; <c>UseDevelopmentStorage=true</c> for Azurite.</summary>
    public string ConnectionString { get; init; } = "UseDevelopmentStorage=true";

    /// <summary>The prefix of the three table names (letters and digits only).</summary>
    public string TablePrefix { get; init; } = "wellness";
}
