namespace WellnessAssessment.Instruments;

/// <summary>A document an instrument cites: what reports print in place of the id that item and domain sources start with.</summary>
public sealed record InstrumentSource
{
    /// <summary>
    /// The text that the <c>source</c> of a citing item or domain starts with, for example a file name such as
    /// <c>report-2024.txt</c>; unique within the instrument.
    /// </summary>
    public required string Id { get; init; }

    /// <summary>The document's title, for example <c>Organizational Wellness: A Field Guide</c>.</summary>
    public required string Title { get; init; }

    /// <summary>Who published the document; optional.</summary>
    public string? Publisher { get; init; }

    /// <summary>The year of publication; optional.</summary>
    public int? Year { get; init; }

    /// <summary>Where the document can be read, as an absolute <c>http</c> or <c>https</c> URL; optional.</summary>
    public string? Url { get; init; }
}
