using WellnessAssessment.Instruments;
using WellnessAssessment.Responses;
using WellnessAssessment.Serialization;

namespace WellnessAssessment.Tests.Fixtures;

/// <summary>
/// The second instrument of the test suite (<c>tests/Shared/Fixtures</c>): a dispatch-floor pulse check on a 1–5 scale,
/// two sections, three groups in no pool, its own sources and timeframes, and a domain with a single item.
/// </summary>
internal static class SecondInstrument
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "second-instrument");

    public static Instrument Load() => InstrumentLoader.LoadFile(Path.Combine(Folder, "dispatch-pulse.instrument.json"));

    public static ResponseSet Responses()
    {
        using var stream = File.OpenRead(Path.Combine(Folder, "dispatch-pulse.responses.json"));
        return WellnessJson.ReadResponseSet(stream);
    }
}
