using WellnessAssessment.Disclosure;
using WellnessAssessment.Instruments;
using WellnessAssessment.Participation;
using WellnessAssessment.Responses;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;
using WellnessAssessment.Tests.Fixtures;

namespace WellnessAssessment.Tests.Disclosure;

public sealed class DisclosureGateTests
{
    private static readonly Instrument Small = SmallInstrument.Create();

    /// <summary>The worked example's instrument: line officers, FTOs and a dispatcher; domain engage-community with items e1–e3.</summary>
    internal static readonly Instrument Engage = new()
    {
        Id = "engage",
        Version = "1.0.0",
        Title = "Worked example",
        Scale = ResponseScale.Maturity,
        Groups =
        [
            new RespondentGroup("line-officer", "Line officers", GroupPools.Frontline),
            new RespondentGroup("fto", "Field training officers", GroupPools.Frontline),
            new RespondentGroup("dispatcher", "Dispatchers"),
        ],
        Sections =
        [
            new Section
            {
                Id = "s",
                Title = "Section",
                Domains = [SmallInstrument.Domain("engage-community", 1, ResponseScale.Maturity, [.. new[] { "e1", "e2", "e3" }.Select(id => SmallInstrument.Item(id, ResponseScale.Maturity))])],
            },
        ],
    };

    /// <summary>20 line officers and 5 FTOs answer every item; one dispatcher answers e1 "don't know", e2 and e3 normally.</summary>
    internal static ResponseSet WorkedExample()
    {
        var respondents = new List<(string, Dictionary<string, Answer>)>();
        for (var r = 0; r < 20; r++)
        {
            respondents.Add(("line-officer", new() { ["e1"] = 1 + (r % 3), ["e2"] = 2 + (r % 2), ["e3"] = r % 4 }));
        }

        for (var r = 0; r < 5; r++)
        {
            respondents.Add(("fto", new() { ["e1"] = 2 + (r % 2), ["e2"] = 1 + (r % 3), ["e3"] = 2 }));
        }

        respondents.Add(("dispatcher", new() { ["e1"] = Answer.DontKnow, ["e2"] = 3, ["e3"] = 1 }));
        return ResponseSets.For(Engage, [.. respondents]);
    }

    [Fact]
    public void WorkedExample_WithholdsTheFtosAtEveryLevel_SoTheDispatchersDomainScoreDoesNotFollow()
    {
        var result = new AssessmentScorer().Score(Engage, WorkedExample());
        var domain = result.FindDomain("engage-community")!;

        Assert.Equal(ReleaseStatus.Published, result.Disclosure!.Status);
        Assert.Equal(26, result.Respondents);
        Assert.True(domain.Groups.Single(g => g.Id == "dispatcher").Suppressed);
        Assert.True(domain.Groups.Single(g => g.Id == "fto").Suppressed);
        Assert.All(domain.Items, item => Assert.True(item.Groups.Single(g => g.Id == "fto").Suppressed, item.Id));
        Assert.All(domain.Items, item => Assert.True(item.Groups.Single(g => g.Id == "dispatcher").Suppressed, item.Id));
        Assert.Null(DomainAttack.Recover(domain, "dispatcher"));
    }

    [Fact]
    public void Attack5_DomainFigureMinusShownGroupsMinusGroupsDerivedFromTheirItems_RecoversNoWithheldScore()
    {
        // Attack 5 of issue 25: the domain figure, the shown groups' domain figures and the FTOs' item figures (from which
        // their domain score follows: every FTO answered every item, items weigh alike) leave one unknown.
        var result = new AssessmentScorer().Score(Engage, WorkedExample());

        foreach (var domain in result.Domains())
        {
            foreach (var group in domain.Groups.Where(g => g.Suppressed))
            {
                Assert.Null(DomainAttack.Recover(domain, group.Id));
            }
        }
    }

    [Fact]
    public void AnonymousSurvey_WithFewerThanKRespondents_PublishesOnlyThatFact()
    {
        var result = new AssessmentScorer().Score(Small, ResponseSets.For(Small, [.. ResponseSets.Many(Small, "officer", 4, 2)]));

        Assert.Equal(new ReleaseDisclosure(ReleasePurpose.AnonymousSurvey, ReleaseStatus.FewerThanMinimum, 5), result.Disclosure);
        Assert.Equal("Fewer than 5 people responded, so no results are shown.", result.Disclosure!.Statement);
        Assert.Null(result.Respondents);
        Assert.Null(result.Overall.Score);
        Assert.Empty(result.Sections);
        Assert.Empty(result.ActionPlan);
        Assert.Empty(result.Strengths);
        Assert.Empty(result.KeepItGoing);
        Assert.Empty(result.FirstSteps);
        Assert.Null(result.SingleView);
    }

    [Fact]
    public void LeadershipSelfAssessment_WithTheChiefAlone_ShowsTheOneRespondentView()
    {
        var result = new AssessmentScorer(Named.Options).Score(Small, ResponseSets.For(Small, ("exec", ResponseSets.All(Small, 1))));

        Assert.Equal(ReleaseStatus.Published, result.Disclosure!.Status);
        Assert.Equal(1, result.Respondents);
        Assert.Equal(25, result.Overall.Score);
        Assert.Equal(SingleViewReason.OneRespondent, result.SingleView!.Reason);
    }

    [Fact]
    public void AnonymousSurvey_OfOneGroupOfK_IsAOneGroupView_NeverAOnePersonView()
    {
        var result = new AssessmentScorer().Score(Small, ResponseSets.For(Small, [.. ResponseSets.Many(Small, "officer", 5, 2)]));

        Assert.Equal(5, result.Respondents);
        Assert.Equal(50, result.Overall.Score);
        Assert.Equal(SingleViewReason.OneGroup, result.SingleView!.Reason);
    }

    /// <summary>exec 1 (all 4s) and civilians 5 (one answers d1.a 3): the withheld block's mean is 97.9, which pins the exec.</summary>
    private static ResponseSet SkewedBlock()
    {
        // Two executives, not one: 1 (below the minimum, 1 … 4) beside 5 (complementary, at least 5) and a withheld
        // total of 6 would pin both counts, which the release pattern itself prevents.
        var respondents = new List<(string, Dictionary<string, Answer>)> { ("exec", ResponseSets.All(Small, 4)), ("exec", ResponseSets.All(Small, 4)) };
        respondents.AddRange(ResponseSets.Many(Small, "civilian", 4, 4));
        var civilian = ResponseSets.All(Small, 4);
        civilian["d1.a"] = 3;
        respondents.Add(("civilian", civilian));
        for (var r = 0; r < 6; r++)
        {
            respondents.Add(("sergeant", ResponseSets.All(Small, r % 5)));
        }

        for (var r = 0; r < 12; r++)
        {
            respondents.Add(("officer", ResponseSets.All(Small, (r + 2) % 5)));
        }

        return ResponseSets.For(Small, [.. respondents]);
    }

    [Fact]
    public void SecondarySuppression_WhenTheWithheldBlockPinsItsSmallGroup_WithholdsTheNextSmallestGroupToo()
    {
        var withoutSecondary = new AssessmentScorer(new ScoringOptions { SecondarySuppression = false }).Score(Small, SkewedBlock()).FindDomain("d1")!;
        var domain = new AssessmentScorer().Score(Small, SkewedBlock()).FindDomain("d1")!;

        // Primary and complementary only: exec (2) and civilians (5); the block's sum 687.5 of 7 puts the execs in [93.75, 100].
        Assert.Equal([true, false, false, true], withoutSecondary.Groups.Select(g => g.Suppressed));
        var shown = withoutSecondary.Groups.Where(g => !g.Suppressed).Sum(g => g.N!.Value * g.Score!.Value);
        Assert.Equal(687.5, (withoutSecondary.N * withoutSecondary.Score!.Value) - shown, 9);

        // The gate adds the sergeants (6, next smallest): the block of 13 leaves the execs a range far wider than a level.
        Assert.Equal([true, true, false, true], domain.Groups.Select(g => g.Suppressed));
        Assert.Equal(SuppressionReason.Complementary, domain.Groups[1].SuppressionReason);
        Assert.All(domain.Items, item => Assert.True(item.Groups[1].Suppressed));
        Assert.NotNull(domain.Score);
    }

    [Fact]
    public void SecondarySuppression_WhenTheWithheldGroupsAnsweredNothingOnAnItem_DoesNotPinTheirCountsAtZero()
    {
        // 20 line officers answer everything; 5 FTOs and 2 dispatchers (both withheld) all answer e1 "don't know". e1's n
        // (20) minus the shown cells would be 0, pinning both withheld cells at 0 answers: the line officers join them.
        var respondents = new List<(string, Dictionary<string, Answer>)>();
        respondents.AddRange(Enumerable.Range(0, 20).Select(r => ("line-officer", new Dictionary<string, Answer> { ["e1"] = 1 + (r % 3), ["e2"] = 2, ["e3"] = r % 4 })));
        respondents.AddRange(Enumerable.Range(0, 5).Select(r => ("fto", new Dictionary<string, Answer> { ["e1"] = Answer.DontKnow, ["e2"] = 1 + (r % 3), ["e3"] = 2 })));
        respondents.AddRange(Enumerable.Range(0, 2).Select(r => ("dispatcher", new Dictionary<string, Answer> { ["e1"] = Answer.DontKnow, ["e2"] = 3, ["e3"] = 1 + r })));
        var set = ResponseSets.For(Engage, [.. respondents]);

        var without = new AssessmentScorer(new ScoringOptions { SecondarySuppression = false }).Score(Engage, set).FindDomain("engage-community")!.Items[0];
        var e1 = new AssessmentScorer().Score(Engage, set).FindDomain("engage-community")!.Items[0];

        static int Remainder(ItemResult item) => item.N - item.Groups.Where(g => !g.Suppressed).Sum(g => g.N!.Value);
        Assert.Equal(0, Remainder(without));
        Assert.Contains(without.Groups, g => g.Suppressed);
        Assert.True(e1.Groups.Single(g => g.Id == "line-officer").Suppressed);
        Assert.Equal(20, Remainder(e1));
    }

    [Fact]
    public void SecondarySuppression_WhenABlockIsUnanimousAtTheTop_KeepsIt()
    {
        // execs 2 and civilians 5 all answer 4: the block of 7 is pinned at 100, as a published group of 7 at 100 would be.
        var respondents = new List<(string, Dictionary<string, Answer>)> { ("exec", ResponseSets.All(Small, 4)), ("exec", ResponseSets.All(Small, 4)) };
        respondents.AddRange(ResponseSets.Many(Small, "civilian", 5, 4));
        respondents.AddRange(Enumerable.Range(0, 12).Select(r => ("officer", ResponseSets.All(Small, (r + 2) % 5))));
        var domain = new AssessmentScorer().Score(Small, ResponseSets.For(Small, [.. respondents])).FindDomain("d1")!;

        Assert.Equal([true, false, false, true], domain.Groups.Select(g => g.Suppressed));
        Assert.NotNull(domain.Score);
    }

    [Fact]
    public void Margin_WhenNothingElseProtectsTheBlock_IsWithheld()
    {
        // Only exec (1) and civilians (5, all 4s but one 3) answer: every group is withheld, and the domain figure (97.9)
        // itself would pin the exec in [87.5, 100], so the margins of d1 go too; other domains (all at 100) stay. Both
        // groups are stated complementary (no published group can join them: 1 + 5 would pin both counts).
        var respondents = new List<(string, Dictionary<string, Answer>)> { ("exec", ResponseSets.All(Small, 4)) };
        respondents.AddRange(ResponseSets.Many(Small, "civilian", 4, 4));
        var civilian = ResponseSets.All(Small, 4);
        civilian["d1.a"] = 3;
        respondents.Add(("civilian", civilian));
        var result = new AssessmentScorer().Score(Small, ResponseSets.For(Small, [.. respondents]));
        var d1 = result.FindDomain("d1")!;

        Assert.Null(d1.Score);
        Assert.Null(d1.Sd);
        Assert.Null(d1.Items[0].Score);
        Assert.Equal(100, result.FindDomain("d3")!.Score);
        Assert.All(d1.Groups.Where(g => g.Id is "exec" or "civilian"), g => Assert.Equal(SuppressionReason.Complementary, g.SuppressionReason));
    }

    [Fact]
    public void ParticipationCounts_DelegateToTheGate_WithTheSameRule()
    {
        var counts = ParticipationCounts.Protect([1, 6, 6, 9], minimumGroupSize: 5);

        Assert.Equal([null, null, 6, 9], counts.Groups.Select(g => g.Count));
        Assert.Equal(22, counts.Total);
    }
}

/// <summary>
/// The attack of issue 25 (item 5): a withheld group's domain score from the domain figure, minus every other group's
/// domain sum — shown at the domain level, or derived from its item figures when all its items are shown with the same
/// count (everyone answered every item; items weigh alike). Returns the recovered score, or null when more than one
/// group stays unknown.
/// </summary>
internal static class DomainAttack
{
    public static double? Recover(DomainResult domain, string target)
    {
        if (domain.Score is not { } score)
        {
            return null;
        }

        var rest = domain.N * score;
        for (var g = 0; g < domain.Groups.Count; g++)
        {
            var group = domain.Groups[g];
            if (group.Id == target)
            {
                continue;
            }

            if (!group.Suppressed)
            {
                rest -= (group.N ?? 0) * (group.Score ?? 0);
                continue;
            }

            var items = domain.Items.Select(item => item.Groups[g]).ToArray();
            if (items.Any(i => i.Suppressed) || items.Select(i => i.N).Distinct().Count() != 1)
            {
                return null;
            }

            rest -= items[0].N!.Value * items.Average(i => i.Score ?? 0);
        }

        var targetCount = domain.Groups.Single(g => g.Id == target);
        return targetCount.N is { } n ? rest / n : rest;
    }
}
