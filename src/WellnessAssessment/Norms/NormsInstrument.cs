namespace WellnessAssessment.Norms;

/// <summary>The instrument whose results the norms summarise: its id and major version (minor versions pool together).</summary>
/// <param name="Id">The instrument id, for example <c>dispatch-pulse</c>.</param>
/// <param name="MajorVersion">The major version, for example 2 for <c>2.1.0</c>.</param>
public sealed record NormsInstrument(string Id, int MajorVersion)
{
    /// <summary>Formats the reference as <c>id@major.x</c>.</summary>
    public override string ToString() => $"{Id}@{MajorVersion}.x";
}
