namespace WellnessAssessment.Norms;

/// <summary>
/// Peer norms (a benchmark): for one instrument id and major version, the distribution of the overall, section and
/// domain scores of many agencies, per size band and for all agencies, with small and complementary cells withheld.
/// Portable: it holds no agency id or name, only anonymous contribution fingerprints (see <see cref="Contributions"/>).
/// Build it with <see cref="PeerNormsBuilder"/>; compare a result with it with <see cref="PeerComparer"/>.
/// </summary>
public sealed record PeerNorms
{
    /// <summary>The format marker of the current contract.</summary>
    public const string CurrentFormat = "wellness-norms/1";

    /// <summary>The format marker, <see cref="CurrentFormat"/>.</summary>
    public required string Format { get; init; }

    /// <summary>The instrument id and major version of every contributing result.</summary>
    public required NormsInstrument Instrument { get; init; }

    /// <summary>The minimum number of agencies a published cell holds.</summary>
    public required int MinimumAgencies { get; init; }

    /// <summary>
    /// One fingerprint per contributing result: a truncated SHA-256 of its instrument, agency id and scores. Only a holder
    /// of that exact result can reproduce it, which lets <see cref="PeerComparer"/> keep an agency out of its own
    /// comparison without the norms naming anyone.
    /// </summary>
    public required IReadOnlyList<string> Contributions { get; init; }

    /// <summary>The cells: overall, then each section, then each domain (first-seen order), each for all agencies and then per size band.</summary>
    public required IReadOnlyList<NormCell> Cells { get; init; }

    /// <summary>
    /// Checks norms that did not come from <see cref="PeerNormsBuilder"/> (a file, a request body): the current format,
    /// a minimum of at least 5 agencies, published cells with at least that many agencies and ordered percentiles, and
    /// withheld cells without figures. <see cref="Serialization.WellnessJson.ReadNorms(Stream)"/> checks the same.
    /// </summary>
    /// <returns>Every rule the norms break, each with its field's path (subject <c>norms</c>); valid when there are none.</returns>
    public Validation.ValidationOutcome Validate() => PeerNormsValidator.Validate(this);

    /// <summary>The cell for a measure and size band, or <see langword="null"/> when the norms hold none.</summary>
    /// <param name="scope">What the cell measures.</param>
    /// <param name="id">The section or domain id; <see langword="null"/> for the overall score.</param>
    /// <param name="sizeBand">The size band, or <see langword="null"/> for all agencies.</param>
    public NormCell? FindCell(NormScope scope, string? id, Profiles.AgencySize? sizeBand) =>
        Cells.FirstOrDefault(cell => cell.Scope == scope && string.Equals(cell.Id, id, StringComparison.Ordinal) && cell.SizeBand == sizeBand);
}
