using WellnessAssessment.Instruments;
using WellnessAssessment.Profiles;
using WellnessAssessment.Responses;

namespace WellnessAssessment.Tests.Fixtures;

/// <summary>
/// Generates the example response sets of <c>assessments/examples/</c> deterministically (fixed seeds, own PRNG), so the
/// committed files can be checked and regenerated: set WELLNESS_REGENERATE_EXAMPLES=1 and run the example tests.
/// </summary>
internal static class ExampleResponseSets
{
    public const string SmallAgencyFile = "small-agency-chief.json";
    public const string MidSizeAgencyFile = "mid-size-agency.json";
    public const string SmallAgencyVersion2File = "small-agency.v2.json";
    public const string MidSizeAgencyVersion2File = "mid-size-agency.v2.json";
    public const string SmallAgencyVersion21File = "small-agency.v2.1.json";

    /// <summary>
    /// The 9-officer agency of the 2.1.0 example: no academy, shared dispatch, a city-county EAP and no union (civil-service
    /// rules through the city).
    /// </summary>
    public static readonly AgencyProfile NineOfficerProfile = new()
    {
        Size = AgencySize.UpTo10,
        OwnAcademy = false,
        Dispatch = DispatchArrangement.Shared,
        EmployeeAssistance = EmployeeAssistanceArrangement.CityOrCounty,
        UnionOrAssociation = false,
    };

    /// <summary>The 9-officer agency of the 2.0.0 example: no academy, dispatch or EAP of its own; an association represents staff.</summary>
    public static readonly AgencyProfile SmallAgencyProfile = new()
    {
        Size = AgencySize.UpTo10,
        OwnAcademy = false,
        Dispatch = DispatchArrangement.Shared,
        EmployeeAssistance = EmployeeAssistanceArrangement.CityOrCounty,
        UnionOrAssociation = true,
    };

    /// <summary>The ~120-person agency of the 2.0.0 example: its own dispatch and EAP, a state academy, a union.</summary>
    public static readonly AgencyProfile MidSizeAgencyProfile = new()
    {
        Size = AgencySize.From50To249,
        OwnAcademy = false,
        Dispatch = DispatchArrangement.Own,
        EmployeeAssistance = EmployeeAssistanceArrangement.Own,
        UnionOrAssociation = true,
    };

    /// <summary>How many respondents of each group the mid-size agency has (120 in all).</summary>
    public static readonly (string Group, int Count)[] MidSizeRoster =
    [
        ("executive", 3),
        ("command-staff", 9),
        ("first-line-supervisor", 16),
        ("fto", 10),
        ("line-officer", 60),
        ("dispatcher", 14),
        ("civilian", 8),
    ];

    /// <summary>Typical maturity (raw level) of the mid-size agency per domain, as the frontline sees it.</summary>
    private static readonly Dictionary<string, double> MidSizeDomainLevels = new(StringComparer.Ordinal)
    {
        ["training"] = 2.4,
        ["strategic-buy-in"] = 1.7,
        ["officer-trust"] = 1.3,
        ["community-relationships"] = 3.3,
        ["culture-growth"] = 1.6,
        ["plan-early"] = 1.5,
        ["engage-community"] = 3.2,
        ["set-the-tone"] = 2.2,
        ["collaboration"] = 1.6,
        ["wellness-culture"] = 2.0,
        ["reflect-assess"] = 1.2,
        ["institutionalization"] = 1.4,
        ["wellness-supports"] = 2.3,
    };

    /// <summary>A chief completing the assessment alone for a 14-officer department.</summary>
    public static ResponseSet SmallAgency(Instrument instrument)
    {
        var random = new SplitMix64(20261122);
        var answers = new Dictionary<string, Answer>(StringComparer.Ordinal);
        foreach (var domain in instrument.Domains)
        {
            var typical = domain.Id switch
            {
                "community-relationships" or "engage-community" or "set-the-tone" => 3,
                "training" or "wellness-culture" => 2,
                "reflect-assess" or "institutionalization" or "plan-early" => 1,
                _ => 2,
            };
            foreach (var item in domain.Items)
            {
                if (item.AllowNotApplicable && random.NextDouble() < 0.5)
                {
                    answers[item.Id] = Answer.NotApplicable;
                    continue;
                }

                if (random.NextDouble() < 0.05)
                {
                    answers[item.Id] = Answer.DontKnow;
                    continue;
                }

                var level = typical + (int)Math.Round(random.NextDouble() * 2 - 1);
                answers[item.Id] = Answer.Level(Math.Clamp(level, instrument.Scale.Min, instrument.Scale.Max));
            }
        }

        return new ResponseSet
        {
            Instrument = instrument.Reference,
            Agency = new AgencyInfo("millbrook-pd", "Millbrook Police Department"),
            Responses = [new Response { RespondentId = "chief", Group = "executive", Answers = answers }],
        };
    }

    /// <summary>
    /// A 120-person department across every rank: leadership rates trust and engagement far higher than line officers do,
    /// and is somewhat more optimistic everywhere; frontline staff and civilians say "don't know" more often, and
    /// not-applicable appears where items allow it.
    /// </summary>
    public static ResponseSet MidSizeAgency(Instrument instrument)
    {
        var random = new SplitMix64(42);
        var pools = instrument.Groups.ToDictionary(group => group.Id, group => group.Pool, StringComparer.Ordinal);
        var responses = new List<Response>();
        var number = 0;
        foreach (var (group, count) in MidSizeRoster)
        {
            for (var r = 0; r < count; r++)
            {
                var leadership = pools[group] == GroupPools.Leadership;
                var answers = new Dictionary<string, Answer>(StringComparer.Ordinal);
                var personal = random.NextGaussian() * 0.35;
                foreach (var domain in instrument.Domains)
                {
                    var typical = MidSizeDomainLevels.GetValueOrDefault(domain.Id, 2.0) + personal;
                    if (leadership)
                    {
                        typical += domain.Id == "officer-trust" ? 1.8 : 0.5;
                    }

                    foreach (var item in domain.Items)
                    {
                        var roll = random.NextDouble();
                        var dontKnowChance = leadership ? 0.02 : group is "civilian" or "dispatcher" ? 0.14 : 0.07;
                        if (item.AllowNotApplicable && roll < 0.08)
                        {
                            answers[item.Id] = Answer.NotApplicable;
                        }
                        else if (roll < 0.08 + dontKnowChance)
                        {
                            answers[item.Id] = Answer.DontKnow;
                        }
                        else if (roll > 0.985)
                        {
                            // A few items are skipped.
                        }
                        else
                        {
                            var level = (int)Math.Round(typical + random.NextGaussian() * 0.7);
                            answers[item.Id] = Answer.Level(Math.Clamp(level, instrument.Scale.Min, instrument.Scale.Max));
                        }
                    }
                }

                responses.Add(new Response { RespondentId = $"r-{++number:000}", Group = group, Answers = answers });
            }
        }

        return new ResponseSet
        {
            Instrument = instrument.Reference,
            Agency = new AgencyInfo("riverside-pd", "Riverside Police Department"),
            Responses = responses,
        };
    }

    /// <summary>
    /// A 9-officer department (2.0.0 and later): the chief and four officers answered, so every group is below the
    /// anonymity threshold; the profile says which roles and services the agency has.
    /// </summary>
    public static ResponseSet NineOfficerAgency(Instrument instrument)
    {
        var random = new SplitMix64(20261123);
        string[] groups = ["executive", "line-officer", "line-officer", "line-officer", "line-officer"];
        var responses = groups.Select((group, r) => new Response { RespondentId = r == 0 ? "chief" : $"officer-{r}", Group = group, Answers = SmallAgencyAnswers(instrument, random, leader: group == "executive") }).ToList();
        return new ResponseSet
        {
            Instrument = instrument.Reference,
            Agency = new AgencyInfo("pine-hollow-pd", "Pine Hollow Police Department") { Profile = SmallAgencyProfile },
            Responses = responses,
        };
    }

    /// <summary>
    /// All nine staff of the 2.1.0 example agency answer: the chief, the sergeant and seven officers, drawn like
    /// <see cref="NineOfficerAgency"/>, with the profile <see cref="NineOfficerProfile"/>.
    /// </summary>
    public static ResponseSet NineStaffAgency(Instrument instrument)
    {
        var random = new SplitMix64(20261203);
        string[] groups = ["executive", "first-line-supervisor", .. Enumerable.Repeat("line-officer", 7)];
        var responses = groups.Select((group, r) => new Response { RespondentId = r switch { 0 => "chief", 1 => "sergeant", _ => $"officer-{r - 1}" }, Group = group, Answers = SmallAgencyAnswers(instrument, random, leader: group == "executive") }).ToList();
        return new ResponseSet
        {
            Instrument = instrument.Reference,
            Agency = new AgencyInfo("cedar-falls-pd", "Cedar Falls Police Department") { Profile = NineOfficerProfile },
            Responses = responses,
        };
    }

    /// <summary>One small-agency respondent's answers: stronger community practice than wellness practice, the leader half a level higher.</summary>
    private static Dictionary<string, Answer> SmallAgencyAnswers(Instrument instrument, SplitMix64 random, bool leader)
    {
        var answers = new Dictionary<string, Answer>(StringComparer.Ordinal);
        foreach (var domain in instrument.Domains)
        {
            var typical = domain.Id switch
            {
                "community-relationships" or "engage-community" or "set-the-tone" => 2.8,
                "training" or "wellness-culture" or "officer-trust" => 1.9,
                "reflect-assess" or "institutionalization" or "plan-early" or "psychological-health" => 1.1,
                _ => 1.6,
            } + (leader ? 0.5 : 0);
            foreach (var item in domain.Items)
            {
                var roll = random.NextDouble();
                if (item.AllowNotApplicable && roll < 0.4)
                {
                    answers[item.Id] = Answer.NotApplicable;
                }
                else if (roll > (leader ? 0.97 : 0.9))
                {
                    answers[item.Id] = Answer.DontKnow;
                }
                else
                {
                    var level = (int)Math.Round(typical + random.NextGaussian() * 0.6);
                    answers[item.Id] = Answer.Level(Math.Clamp(level, instrument.Scale.Min, instrument.Scale.Max));
                }
            }
        }

        return answers;
    }

    /// <summary>The mid-size agency answering a later version, with its profile.</summary>
    public static ResponseSet MidSizeAgencyWithProfile(Instrument instrument)
    {
        var set = MidSizeAgency(instrument);
        return set with { Agency = set.Agency! with { Profile = MidSizeAgencyProfile } };
    }

    /// <summary>A large synthetic set for benchmarks and property checks, drawn like the mid-size agency.</summary>
    public static ResponseSet Large(Instrument instrument, int respondents)
    {
        var template = MidSizeAgency(instrument).Responses;
        return new ResponseSet
        {
            Instrument = instrument.Reference,
            Agency = new AgencyInfo("large-so", "Large County Sheriff's Office"),
            Responses = [.. Enumerable.Range(0, respondents).Select(i => template[i % template.Count] with { RespondentId = $"r-{i:00000}" })],
        };
    }

    /// <summary>SplitMix64: a tiny PRNG whose sequence is fixed by its algorithm, whatever the runtime version.</summary>
    private sealed class SplitMix64(ulong seed)
    {
        private ulong _state = seed;

        public double NextDouble() => (Next() >> 11) * (1.0 / (1UL << 53));

        /// <summary>A standard normal draw (Box–Muller).</summary>
        public double NextGaussian()
        {
            var u1 = 1.0 - NextDouble();
            var u2 = NextDouble();
            return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
        }

        private ulong Next()
        {
            var z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
