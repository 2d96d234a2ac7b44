using WellnessAssessment.Instruments;
using WellnessAssessment.Service.Limits;
using WellnessAssessment.Service.Outcomes;

namespace WellnessAssessment.Service.Instruments;

/// <summary>The catalog of built-in instruments, public on every host, within a per-client allowance (<see cref="Admit"/>).</summary>
public sealed class InstrumentService(InstrumentCatalog catalog, ClientLimits limits)
{
    /// <summary>Takes one request from the client's catalog allowance (<see cref="WellnessApiOptions.CatalogRequestsPerMinute"/>).</summary>
    /// <param name="client">The client address key (<see cref="ClientAddresses"/>).</param>
    /// <returns><see langword="null"/>, or the 429 problem with its retry-after when the allowance is spent.</returns>
    public Problem? Admit(string client) => limits.Take(Allowance.CatalogRequests, client);

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
