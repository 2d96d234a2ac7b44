using WellnessAssessment.Instruments;
using WellnessAssessment.Profiles;
using WellnessAssessment.Responses;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;

namespace WellnessAssessment.Testing.Peers;

/// <summary>
/// Seeded, generated agencies for peer-norm tests: each agency has a maturity level, per-domain strengths and
/// weaknesses, and 8–20 respondents across the built-in instrument's rank groups, answering around that level with
/// noise and a few "don't know" answers. The same seed and sizes give the same response sets and results.
/// </summary>
internal static class GeneratedAgencies
{
    /// <summary>The built-in instrument the agencies answer (the latest version of <c>safer-together</c>).</summary>
    public static Instrument Instrument { get; } = InstrumentCatalog.BuiltIn.Find("safer-together")!;

    /// <summary>A list of size bands: so many agencies of each band, then so many of unknown size.</summary>
    public static AgencySize?[] Sizes(int upTo10, int from11To49, int from50To249, int from250, int unknown = 0) =>
    [
        .. Enumerable.Repeat<AgencySize?>(AgencySize.UpTo10, upTo10),
        .. Enumerable.Repeat<AgencySize?>(AgencySize.From11To49, from11To49),
        .. Enumerable.Repeat<AgencySize?>(AgencySize.From50To249, from50To249),
        .. Enumerable.Repeat<AgencySize?>(AgencySize.From250, from250),
        .. Enumerable.Repeat<AgencySize?>(null, unknown),
    ];

    /// <summary>The agencies' response sets, one per size given, agency ids <c>agency-001</c>, <c>agency-002</c>, ….</summary>
    public static IReadOnlyList<ResponseSet> ResponseSets(int seed, IReadOnlyList<AgencySize?> sizes, int firstNumber = 1)
    {
        var random = new Random(seed);
        var groups = Instrument.Groups.Select(group => group.Id).ToArray();
        var domains = Instrument.Sections.SelectMany(section => section.Domains).ToArray();
        var sets = new ResponseSet[sizes.Count];
        for (var a = 0; a < sizes.Count; a++)
        {
            var number = firstNumber + a;
            var maturity = 0.6 + (random.NextDouble() * 2.8);
            var offsets = domains.ToDictionary(domain => domain.Id, _ => (random.NextDouble() - 0.5) * 1.2);
            var respondents = random.Next(8, 21);
            var responses = new Response[respondents];
            for (var r = 0; r < respondents; r++)
            {
                // Line officers are the most common group, as in a real agency.
                var group = random.Next(3) == 0 ? groups[random.Next(groups.Length)] : "line-officer";
                var answers = new Dictionary<string, Answer>();
                foreach (var domain in domains)
                {
                    foreach (var item in domain.Items)
                    {
                        if (random.Next(20) == 0)
                        {
                            answers[item.Id] = Answer.DontKnow;
                            continue;
                        }

                        var noise = (random.NextDouble() + random.NextDouble() + random.NextDouble() - 1.5) * 1.4;
                        answers[item.Id] = Answer.Level(Math.Clamp((int)Math.Round(maturity + offsets[domain.Id] + noise), 0, 4));
                    }
                }

                responses[r] = new Response { RespondentId = $"r-{r + 1:000}", Group = group, Answers = answers };
            }

            sets[a] = new ResponseSet
            {
                Instrument = Instrument.Reference,
                Agency = new AgencyInfo($"agency-{number:000}", $"Generated Agency {number}") { Profile = sizes[a] is { } size ? new AgencyProfile { Size = size } : null },
                Responses = responses,
            };
        }

        return sets;
    }

    /// <summary>The agencies' scored results.</summary>
    public static IReadOnlyList<AssessmentResult> Results(int seed, IReadOnlyList<AgencySize?> sizes, int firstNumber = 1)
    {
        // These agencies test norm statistics over every measure, not what the disclosure gate withholds in one agency's
        // release: scored with every figure shown, then stated as the anonymous surveys (8 to 20 respondents) that norms take.
        var scorer = new AssessmentScorer(new ScoringOptions { Purpose = WellnessAssessment.Disclosure.ReleasePurpose.LeadershipSelfAssessment });
        var compiled = InstrumentCatalog.BuiltIn.ResolveCompiled(Instrument.Reference);
        return ResponseSets(seed, sizes, firstNumber)
            .Select(set => scorer.Score(compiled, set))
            .Select(result => result with { Options = result.Options with { Purpose = WellnessAssessment.Disclosure.ReleasePurpose.AnonymousSurvey } })
            .ToArray();
    }
}
