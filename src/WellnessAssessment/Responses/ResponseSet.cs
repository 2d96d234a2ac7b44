using WellnessAssessment.Instruments;

namespace WellnessAssessment.Responses;

/// <summary>An agency's answers to one instrument version: the input to scoring.</summary>
public sealed record ResponseSet
{
    /// <summary>The instrument and version the answers were given to.</summary>
    public required InstrumentReference Instrument { get; init; }

    /// <summary>The agency that was assessed, when known.</summary>
    public AgencyInfo? Agency { get; init; }

    /// <summary>One entry per respondent.</summary>
    public required IReadOnlyList<Response> Responses { get; init; }
}
