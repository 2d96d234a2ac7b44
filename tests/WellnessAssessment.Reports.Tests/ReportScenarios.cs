using WellnessAssessment.Instruments;
using WellnessAssessment.Responses;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;
using WellnessAssessment.Serialization;

namespace WellnessAssessment.Reports.Tests;

/// <summary>Results to render: the two example response sets, and stress cases.</summary>
internal static class ReportScenarios
{
    /// <summary>A valid 40×20 PNG, filled dark blue (RGB, 8 bits).</summary>
    public static readonly byte[] BluePng = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAACgAAAAUCAIAAABwJOjsAAAAJElEQVR42mOQt4ofEMQwavGoxaMWj1o8avGoxaMWj1o8ciwGAKanPx+qvOcTAAAAAElFTkSuQmCC");

    public static readonly DateTimeOffset FixedDate = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Version 1.0.0, which the example response sets answer (the catalog's latest is 2.0.0).</summary>
    public static Instrument SaferTogether => InstrumentCatalog.BuiltIn.Find("safer-together", "1.0.0")!;

    /// <summary>The dispatch-floor pulse check of <c>tests/Shared/Fixtures</c>: 1–5 scale, two sections, no pools, its own sources and timeframes.</summary>
    public static Instrument SecondInstrument =>
        InstrumentLoader.LoadFile(Path.Combine(AppContext.BaseDirectory, "second-instrument", "dispatch-pulse.instrument.json"));

    public static ResponseSet SecondInstrumentResponses()
    {
        using var stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "second-instrument", "dispatch-pulse.responses.json"));
        return WellnessJson.ReadResponseSet(stream);
    }

    public static AssessmentResult SecondInstrumentResult(ScoringOptions? options = null) =>
        new AssessmentScorer(options ?? ScoringOptions.Default).Score(SecondInstrument, SecondInstrumentResponses());

    public static AssessmentResult Example(string file)
    {
        using var stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "assessments", "examples", file));
        // The chief alone is a named leadership self-assessment; the other examples are anonymous surveys.
        var options = file.Contains("chief", StringComparison.Ordinal) ? new ScoringOptions { Purpose = WellnessAssessment.Disclosure.ReleasePurpose.LeadershipSelfAssessment } : ScoringOptions.Default;
        return new AssessmentScorer(options).Score(SaferTogether, WellnessJson.ReadResponseSet(stream));
    }

    /// <summary>Long item texts, every item in the plan, a very long accented agency name.</summary>
    public static (Instrument Instrument, AssessmentResult Result) Stress()
    {
        var built = SaferTogether;
        var instrument = built with
        {
            Version = "1.0.0",
            Sections =
            [
                .. built.Sections.Select(s => s with { Domains = [.. s.Domains.Select(d => d with { Items = [.. d.Items.Select(i => i with { Text = i.Text + " " + i.Text })] })] }),
                built.Sections[0] with
                {
                    Id = "extra",
                    Title = "Extra practices for the stress test",
                    Domains = [built.Sections[0].Domains[0] with { Id = "extra-domain", Title = "Extra domain", Items = [.. built.Sections[0].Domains[0].Items.Select(i => i with { Id = "extra." + i.Id })] }],
                },
            ],
        };
        var responses = new ResponseSet
        {
            Instrument = instrument.Reference,
            Agency = new AgencyInfo("anasco", "Municipio Autónomo de Añasco Policía Municipal and the Consolidated Regional Public Safety Communications District of the Western Valley"),
            Responses = [.. Enumerable.Range(0, 6).Select(r => new Response
            {
                RespondentId = "r" + r,
                Group = "line-officer",
                Answers = instrument.Items.ToDictionary(i => i.Id, i => r == 0 ? Answer.DontKnow : Answer.Level(r % 2)),
            })],
        };
        return (instrument, new AssessmentScorer().Score(instrument, responses));
    }

    public static AssessmentResult NoRespondents() =>
        new AssessmentScorer().Score(SaferTogether, new ResponseSet { Instrument = SaferTogether.Reference, Agency = new AgencyInfo("empty", "Empty Town PD"), Responses = [] });

    /// <summary>Two respondents in each of the seven groups: every group is below the anonymity threshold of five.</summary>
    public static AssessmentResult AllGroupsSuppressed()
    {
        var instrument = SaferTogether;
        var responses = new ResponseSet
        {
            Instrument = instrument.Reference,
            Agency = new AgencyInfo("small-groups", "Small Groups Sheriff's Office"),
            Responses = [.. instrument.Groups.SelectMany(group => Enumerable.Range(0, 2).Select(r => new Response
            {
                RespondentId = $"{group.Id}-{r}",
                Group = group.Id,
                Answers = instrument.Items.ToDictionary(i => i.Id, i => Answer.Level((i.Id.Length + r) % 5)),
            }))],
        };
        return new AssessmentScorer().Score(instrument, responses);
    }
}
