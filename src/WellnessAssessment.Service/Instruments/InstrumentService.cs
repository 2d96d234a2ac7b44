using WellnessAssessment.Instruments;
using WellnessAssessment.Service.Outcomes;

namespace WellnessAssessment.Service.Instruments;

/// <summary>The catalog of built-in instruments, public on every host (each host limits its requests per client).</summary>
public sealed class InstrumentService(InstrumentCatalog catalog)
{
    /// <summary>Each built-in instrument's id, version, title and size, in catalog order.</summary>
    public Outcome<IReadOnlyList<InstrumentSummary>> List() =>
        Outcome.Found<IReadOnlyList<InstrumentSummary>>([.. catalog.Instruments.Select(instrument => new InstrumentSummary(
            instrument.Id, instrument.Version, instrument.Title, instrument.Description,
            instrument.Sections.Count, instrument.Domains.Count(), instrument.Items.Count()))]);

    /// <summary>One whole instrument definition: the latest version of <paramref name="id"/> unless <paramref name="version"/> is given.</summary>
    /// <param name="id">The instrument id.</param>
    /// <param name="version">The version, or <see langword="null"/> for the latest.</param>
    /// <returns>The instrument, or 404 naming the id (and version).</returns>
    public Outcome<Instrument> Get(string id, string? version) =>
        catalog.Find(id, version) is { } instrument
            ? Outcome.Found(instrument)
            : Problem.NotFound(version is null ? $"No instrument '{id}'." : $"No instrument '{id}' version '{version}'.");
}
