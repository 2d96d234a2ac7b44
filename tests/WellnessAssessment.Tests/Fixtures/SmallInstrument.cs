using WellnessAssessment.Instruments;

namespace WellnessAssessment.Tests.Fixtures;

/// <summary>
/// A small instrument whose figures can be computed by hand: scale 0–4; groups exec (leadership), sergeant and officer
/// (frontline), civilian (no pool); section s1 with domains d1 (items d1.a, d1.b) and d2 (items d2.c weight 2, d2.d weight 1
/// and not-applicable allowed); section s2 with domain d3 (items d3.e, d3.f).
/// </summary>
internal static class SmallInstrument
{
    public static Instrument Create(ResponseScale? scale = null, double d1Weight = 1, double s2Weight = 1)
    {
        scale ??= ResponseScale.Maturity;
        return new Instrument
        {
            Id = "small",
            Version = "1.0.0",
            Title = "Small test instrument",
            Scale = scale,
            Groups =
            [
                new RespondentGroup("exec", "Executives", GroupPools.Leadership),
                new RespondentGroup("sergeant", "Sergeants", GroupPools.Frontline),
                new RespondentGroup("officer", "Officers", GroupPools.Frontline),
                new RespondentGroup("civilian", "Civilians"),
            ],
            Sections =
            [
                new Section
                {
                    Id = "s1",
                    Title = "Section one",
                    Domains =
                    [
                        Domain("d1", d1Weight, scale, Item("d1.a", scale), Item("d1.b", scale)),
                        Domain("d2", 1, scale, Item("d2.c", scale, weight: 2), Item("d2.d", scale, allowNotApplicable: true)),
                    ],
                },
                new Section
                {
                    Id = "s2",
                    Title = "Section two",
                    Weight = s2Weight,
                    Domains = [Domain("d3", 1, scale, Item("d3.e", scale), Item("d3.f", scale))],
                },
            ],
        };
    }

    public static Domain Domain(string id, double weight, ResponseScale scale, params Item[] items) => new()
    {
        Id = id,
        Title = "Domain " + id,
        Weight = weight,
        Summary = "Summary of " + id,
        Items = items,
    };

    public static Item Item(string id, ResponseScale scale, double weight = 1, bool allowNotApplicable = false) => new()
    {
        Id = id,
        Text = "Practice " + id,
        Weight = weight,
        AllowNotApplicable = allowNotApplicable,
        Source = "test source for " + id,
        Recommendations =
        [
            .. Enumerable.Range(scale.Min, scale.Max - scale.Min).Select(level =>
                new Recommendation(level, $"Move {id} from {level}", "Owner " + id, "90 days", "Indicator " + id)),
        ],
    };
}
