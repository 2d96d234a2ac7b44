namespace WellnessAssessment.Instruments;

/// <summary>A source document the instrument's items cite; item <c>source</c> strings start with its <see cref="Id"/>.</summary>
public sealed record InstrumentSource
{
    /// <summary>The identifier citations start with, for example the seed file name <c>004_b76c2984046042d5.txt</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The document's title.</summary>
    public required string Title { get; init; }

    /// <summary>Who published it, when known.</summary>
    public string? Publisher { get; init; }

    /// <summary>The year of publication, when known.</summary>
    public int? Year { get; init; }

    /// <summary>Where to read it, when it is online.</summary>
    public string? Url { get; init; }
}
