using WellnessAssessment.Disclosure;
using WellnessAssessment.Instruments;
using WellnessAssessment.Responses;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;
using WellnessAssessment.Serialization;
using WellnessAssessment.Tests.Fixtures;

namespace WellnessAssessment.Tests.Scoring;

public sealed class OutcomeScoringTests
{
    private static readonly Instrument Instrument = OutcomeInstrument.Create();

    private static Instrument Version21 => InstrumentCatalog.BuiltIn.Find("safer-together", "2.1.0")!;

    /// <summary>
    /// Five (domain level, outcome level) pairs whose r is 0.9 by hand: both means are 2; Σdx·dy = 4 + 0 + 0 + 1 + 4 = 9,
    /// Σdx² = Σdy² = 10, so r = 9 / 10. Normalising both to 0–100 is linear and leaves r unchanged.
    /// </summary>
    private static readonly (int Domain, int Outcome)[] Pairs = [(0, 0), (1, 2), (2, 1), (3, 3), (4, 4)];

    /// <summary>Officers whose d1 items both answer the pair's domain level and whose o.trust answers the outcome level.</summary>
    private static IEnumerable<(string Group, Dictionary<string, Answer> Answers)> PairRespondents(int count) =>
        Enumerable.Range(0, count).Select(index =>
        {
            var (domain, outcome) = Pairs[index % Pairs.Length];
            return ("officer", new Dictionary<string, Answer> { ["d1.a"] = domain, ["d1.b"] = domain, ["o.trust"] = outcome });
        });

    [Fact]
    public void Correlation_OnAConstructedSet_IsTheHandComputedR_WithItsFisherInterval()
    {
        var result = new AssessmentScorer().Score(Instrument, ResponseSets.For(Instrument, [.. PairRespondents(30)]));

        var association = result.Associations!.Entries.Single(entry => entry.DomainId == "d1" && entry.OutcomeId == "o.trust");
        Assert.Equal(AssociationViewStatus.Computed, result.Associations.Status);
        Assert.Equal(AssociationStatus.Published, association.Status);
        Assert.Equal(30, association.N);
        Assert.Equal(0.9, association.R!.Value, 12);
        // atanh(0.9) = 1.4722194895832204; 1.959964 / √27 = 0.3771952; tanh(1.0950242) = 0.7987 and tanh(1.8494147) = 0.9517.
        Assert.Equal(0.7987, association.Ci95!.Low, 4);
        Assert.Equal(0.9517, association.Ci95.High, 4);
    }

    [Fact]
    public void DontKnowAndMissingDomainScores_LeaveARespondentOutOfThatPairOnly()
    {
        var extra = new (string, Dictionary<string, Answer>)[]
        {
            ("officer", new() { ["d1.a"] = 4, ["d1.b"] = 4, ["o.trust"] = Answer.DontKnow, ["o.stay"] = 1 }),
            ("officer", new() { ["d1.a"] = Answer.DontKnow, ["d1.b"] = Answer.DontKnow, ["o.trust"] = 0 }),
            ("officer", new() { ["d2.c"] = 2, ["o.trust"] = 4 }),
        };
        var result = new AssessmentScorer().Score(Instrument, ResponseSets.For(Instrument, [.. PairRespondents(30), .. extra]));

        var association = result.Associations!.Entries.Single(entry => entry.DomainId == "d1" && entry.OutcomeId == "o.trust");
        Assert.Equal(30, association.N);
        Assert.Equal(0.9, association.R!.Value, 12);
        var trust = result.Outcomes!.Single(outcome => outcome.Id == "o.trust");
        Assert.Equal(32, trust.N);
        Assert.Equal(1.0 / 33, trust.DontKnowRate!.Value, 12);
    }

    [Fact]
    public void FewerThanThirtyPairs_PublishNoCorrelation()
    {
        var result = new AssessmentScorer().Score(Instrument, ResponseSets.For(Instrument, [.. PairRespondents(29)]));

        var association = result.Associations!.Entries.Single(entry => entry.DomainId == "d1" && entry.OutcomeId == "o.trust");
        Assert.Equal(AssociationStatus.FewerThanMinimumPairs, association.Status);
        Assert.Null(association.N);
        Assert.Null(association.R);
        Assert.Null(association.Ci95);
        Assert.Equal(30, result.Associations.MinimumPairs);
    }

    [Fact]
    public void EveryDomainAndOutcome_HasAnEntry_InInstrumentOrder_AndAnOutcomeNobodyVariesOnHasNoR()
    {
        var respondents = PairRespondents(30).Select(r => (r.Group, new Dictionary<string, Answer>(r.Answers) { ["o.stay"] = 3 })).ToArray();
        var result = new AssessmentScorer().Score(Instrument, ResponseSets.For(Instrument, respondents));

        Assert.Equal(
            ["d1/o.trust", "d1/o.stay", "d2/o.trust", "d2/o.stay", "d3/o.trust", "d3/o.stay"],
            result.Associations!.Entries.Select(entry => entry.DomainId + "/" + entry.OutcomeId));
        Assert.Equal(AssociationStatus.NoVariation, result.Associations.Entries[1].Status);
        Assert.Equal(AssociationStatus.FewerThanMinimumPairs, result.Associations.Entries[2].Status);
    }

    [Fact]
    public void ALeadershipSelfAssessment_ComputesNoAssociation()
    {
        var result = new AssessmentScorer(Named.Options).Score(Instrument, ResponseSets.For(Instrument, [.. PairRespondents(30)]));

        Assert.Equal(AssociationViewStatus.NotAnAnonymousSurvey, result.Associations!.Status);
        Assert.Empty(result.Associations.Entries);
    }

    [Fact]
    public void OutcomeScores_AreMeansOnTheOutcomesScale_PerGroup()
    {
        var officers = Enumerable.Range(0, 6).Select(i => ("officer", new Dictionary<string, Answer> { ["o.trust"] = i % 2 == 0 ? 4 : 2 }));
        var sergeants = Enumerable.Range(0, 5).Select(_ => ("sergeant", new Dictionary<string, Answer> { ["o.trust"] = 1 }));
        var result = new AssessmentScorer().Score(Instrument, ResponseSets.For(Instrument, [.. officers, .. sergeants]));

        var trust = result.Outcomes!.Single(outcome => outcome.Id == "o.trust");
        Assert.Equal(11, trust.N);
        Assert.Equal((3 * 100 + 3 * 50 + 5 * 25) / 11.0, trust.Score!.Value, 12);
        Assert.Equal((3 * 4 + 3 * 2 + 5 * 1) / 11.0, trust.MeanLevel!.Value, 12);
        Assert.Equal(75, trust.Groups.Single(group => group.Id == "officer").Score!.Value, 12);
        Assert.Equal(25, trust.Groups.Single(group => group.Id == "sergeant").Score!.Value, 12);
    }

    [Fact]
    public void WithheldOutcomeCells_FollowTheGate_ReleasePatternThenTheOutcomesOwnCounts()
    {
        // exec has 2 respondents: withheld in every row of the release, with civilians (5) as its complement. 3 of the 6
        // sergeants say don't know to o.trust, so that cell counts 3 answers (1 to k−1) and is withheld there only.
        var officers = Enumerable.Range(0, 10).Select(i => ("officer", new Dictionary<string, Answer> { ["o.trust"] = i % 5, ["o.stay"] = (i + 1) % 5 }));
        var sergeants = Enumerable.Range(0, 6).Select(i => ("sergeant", new Dictionary<string, Answer> { ["o.trust"] = i < 3 ? Answer.DontKnow : 3, ["o.stay"] = i % 5 }));
        var execs = Enumerable.Range(0, 2).Select(_ => ("exec", new Dictionary<string, Answer> { ["o.trust"] = 4, ["o.stay"] = 4 }));
        var civilians = Enumerable.Range(0, 5).Select(_ => ("civilian", new Dictionary<string, Answer> { ["o.trust"] = 2, ["o.stay"] = 2 }));
        var result = new AssessmentScorer().Score(Instrument, ResponseSets.For(Instrument, [.. officers, .. sergeants, .. execs, .. civilians]));

        var trust = result.Outcomes!.Single(outcome => outcome.Id == "o.trust");
        var stay = result.Outcomes!.Single(outcome => outcome.Id == "o.stay");
        GroupResult Cell(OutcomeResult outcome, string group) => outcome.Groups.Single(g => g.Id == group);

        foreach (var outcome in new[] { trust, stay })
        {
            Assert.Equal(SuppressionReason.BelowMinimumGroupSize, Cell(outcome, "exec").SuppressionReason);
            Assert.Equal(SuppressionReason.Complementary, Cell(outcome, "civilian").SuppressionReason);
            Assert.Null(Cell(outcome, "exec").Score);
            Assert.Null(Cell(outcome, "civilian").N);
        }

        Assert.True(Cell(trust, "sergeant").Suppressed);
        Assert.Null(Cell(trust, "sergeant").N);
        Assert.Null(Cell(trust, "sergeant").Score);
        Assert.False(Cell(stay, "sergeant").Suppressed);
        Assert.Equal(6, Cell(stay, "sergeant").N);
        Assert.Equal(100.0 * 10 / 6 / 4, Cell(stay, "sergeant").Score!.Value, 12);
        Assert.Equal(50, Cell(trust, "officer").Score!.Value, 12);
        Assert.Equal(20, trust.N);
        Assert.NotNull(trust.Score);
    }

    [Fact]
    public void AddingOutcomes_LeavesEveryPracticeFigureByteIdentical()
    {
        var withoutOutcomes = Version21 with { Outcomes = null };
        var practiceSet = ExampleResponseSets.MidSizeAgency(withoutOutcomes);
        var random = new Random(20261203);
        var outcomeIds = Version21.Outcomes!.Select(outcome => outcome.Id).ToArray();
        var withOutcomeAnswers = practiceSet with
        {
            Instrument = Version21.Reference,
            Responses =
            [
                .. practiceSet.Responses.Select(response => response with
                {
                    Answers = new Dictionary<string, Answer>(response.Answers.Concat(outcomeIds
                        .Select(id => KeyValuePair.Create(id, random.Next(6) is var draw && draw == 5 ? Answer.DontKnow : (Answer)draw)))),
                }),
            ],
        };
        var scorer = new AssessmentScorer();

        var before = scorer.Score(withoutOutcomes, practiceSet with { Instrument = withoutOutcomes.Reference });
        var after = scorer.Score(Version21, withOutcomeAnswers);

        Assert.Null(before.Outcomes);
        Assert.Null(before.Associations);
        Assert.Equal(5, after.Outcomes!.Count);
        Assert.Contains(after.Associations!.Entries, entry => entry.Status == AssociationStatus.Published);
        Assert.Equal(WellnessJson.Serialize(before), WellnessJson.Serialize(after with { Outcomes = null, Associations = null }));
    }

    [Fact]
    public void TheResultJson_CarriesOutcomesAndAssociations_WithKebabCaseStatuses_AndReadsBack()
    {
        var result = new AssessmentScorer().Score(Instrument, ResponseSets.For(Instrument, [.. PairRespondents(30)]));

        var json = WellnessJson.Serialize(result);
        var read = WellnessJson.ReadResult(json);

        Assert.Contains("\"associations\":{\"status\":\"computed\",\"minimumPairs\":30,", json, StringComparison.Ordinal);
        Assert.Contains("\"status\":\"fewer-than-minimum-pairs\"", json, StringComparison.Ordinal);
        Assert.Contains("association, not cause", json, StringComparison.Ordinal);
        Assert.Equal(json, WellnessJson.Serialize(read));
    }

    [Fact]
    public void TheFastReader_CarriesOutcomeAnswers_AndScoresAsTheDictionaryPathDoes()
    {
        var extra = new (string, Dictionary<string, Answer>)[]
        {
            ("sergeant", new() { ["o.stay"] = 2, ["d1.a"] = 1, ["o.trust"] = Answer.DontKnow }),
            ("exec", new() { ["d3.e"] = 4, ["o.stay"] = 0 }),
        };
        var set = ResponseSets.For(Instrument, [.. PairRespondents(30), .. extra]);

        var read = WellnessJson.ReadResponseSet(WellnessJson.Serialize(set));
        var scorer = new AssessmentScorer();

        Assert.IsType<AnswerMap>(read.Responses[0].Answers);
        Assert.Equal(Answer.Level(0), read.Responses[0].Answers["o.trust"]);
        Assert.Equal(WellnessJson.Serialize(scorer.Score(Instrument, set)), WellnessJson.Serialize(scorer.Score(Instrument, read)));
    }

    [Fact]
    public void AnAnonymousSetBelowK_ShowsNoOutcomeEither()
    {
        var result = new AssessmentScorer().Score(Instrument, ResponseSets.For(Instrument, [.. PairRespondents(4)]));

        Assert.Equal(ReleaseStatus.FewerThanMinimum, result.Disclosure!.Status);
        Assert.Null(result.Outcomes);
        Assert.Null(result.Associations);
    }
}
