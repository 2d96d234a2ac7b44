using WellnessAssessment.Instruments;

namespace WellnessAssessment.Tests.Fixtures;

/// <summary>
/// <see cref="SmallInstrument"/> with two outcome items on a 0–4 agreement scale: <c>o.trust</c> and <c>o.stay</c>.
/// </summary>
internal static class OutcomeInstrument
{
    public static readonly ResponseScale Agreement = new()
    {
        Min = 0,
        Max = 4,
        Levels =
        [
            new ScaleLevel(0, "Strongly disagree"),
            new ScaleLevel(1, "Disagree"),
            new ScaleLevel(2, "Neither agree nor disagree"),
            new ScaleLevel(3, "Agree"),
            new ScaleLevel(4, "Strongly agree"),
        ],
    };

    public static Instrument Create() => SmallInstrument.Create() with
    {
        Outcomes = [Outcome("o.trust"), Outcome("o.stay")],
    };

    public static OutcomeItem Outcome(string id) => new()
    {
        Id = id,
        Text = "Outcome " + id,
        Scale = Agreement,
        Source = "test source for " + id,
    };
}
