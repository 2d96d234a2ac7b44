using System.Text.Json.Serialization;

namespace WellnessAssessment.Instruments;

/// <summary>Names one version of an instrument, as response sets and results do (<c>{ "id": …, "version": … }</c>).</summary>
/// <param name="Id">The instrument id.</param>
/// <param name="Version">The instrument version (<c>MAJOR.MINOR.PATCH</c>).</param>
public sealed record InstrumentReference(string Id, string Version)
{
    /// <summary>The major version number, or <see langword="null"/> when <see cref="Version"/> does not start with one.</summary>
    [JsonIgnore]
    public int? MajorVersion
    {
        get
        {
            var dot = Version.IndexOf('.', StringComparison.Ordinal);
            var major = dot < 0 ? Version : Version[..dot];
            return int.TryParse(major, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;
        }
    }

    /// <summary>Formats the reference as <c>id@version</c>.</summary>
    public override string ToString() => $"{Id}@{Version}";
}
