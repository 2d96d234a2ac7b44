using WellnessAssessment.ActionPlan;
using WellnessAssessment.Instruments;
using WellnessAssessment.Profiles;
using WellnessAssessment.Responses;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;
using WellnessAssessment.Serialization;
using WellnessAssessment.Tests.Fixtures;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Tests.Profiles;

public sealed class AgencyProfileTests
{
    private static readonly AgencyProfile Small = new() { Size = AgencySize.UpTo10, OwnAcademy = false, Dispatch = DispatchArrangement.Shared };

    /// <summary>The small instrument with variants on d1.a's level-1 step and a "Wellness lead" role small agencies lack.</summary>
    private static Instrument WithVariants()
    {
        var instrument = SmallInstrument.Create();
        var d1 = instrument.Sections[0].Domains[0];
        var a = d1.Items[0];
        Recommendation[] recommendations =
        [
            .. a.Recommendations.Select(r => r.Level != 1 ? r : r with
            {
                Resource = "Base resource",
                Variants =
                [
                    new() { When = new() { Size = [AgencySize.UpTo10, AgencySize.From11To49] }, Owner = "Wellness lead", Action = "Small action" },
                    new() { When = new() { Size = [AgencySize.UpTo10], OwnAcademy = false }, Owner = "Chief or a designated officer", Resource = "State academy via the standards board" },
                    new() { When = new() { Dispatch = [DispatchArrangement.Shared] }, Owner = "Dispatch liaison" },
                ],
            }),
        ];
        var items = new[] { a with { Recommendations = recommendations }, d1.Items[1] };
        var domains = new[] { d1 with { Items = items }, instrument.Sections[0].Domains[1] };
        return instrument with
        {
            Sections = [instrument.Sections[0] with { Domains = domains }, instrument.Sections[1]],
            Roles =
            [
                new()
                {
                    Title = "Wellness lead",
                    AbsentWhen = new() { Size = [AgencySize.UpTo10, AgencySize.From11To49] },
                    Establish = new() { Action = "Name a wellness lead", Owner = "Chief executive", Timeframe = "30 days", TimeframeDays = 30, Indicator = "Lead named" },
                },
            ],
        };
    }

    private static ResponseSet WithProfile(ResponseSet set, AgencyProfile? profile) =>
        set with { Agency = set.Agency! with { Profile = profile } };

    private static ResponseSet LowOnD1A(Instrument instrument) => ResponseSets.For(instrument,
        ("officer", new() { ["d1.a"] = 1, ["d1.b"] = 4, ["d2.c"] = 4, ["d2.d"] = 4, ["d3.e"] = 4, ["d3.f"] = 4 }),
        ("exec", new() { ["d1.a"] = 1, ["d1.b"] = 4, ["d2.c"] = 4, ["d2.d"] = 4, ["d3.e"] = 4, ["d3.f"] = 4 }));

    [Fact]
    public void Plan_WithoutProfile_UsesTheRecommendationItself()
    {
        var instrument = WithVariants();

        var entry = Assert.Single(new AssessmentScorer(Named.Options).Score(instrument, LowOnD1A(instrument)).ActionPlan);

        Assert.Equal(("Owner d1.a", "Move d1.a from 1", "Base resource"), (entry.Owner, entry.Action, entry.Resource));
    }

    [Fact]
    public void Plan_PicksTheMostSpecificMatchingVariant_KeepingFieldsItLeavesOut()
    {
        var instrument = WithVariants();

        var entry = Assert.Single(new AssessmentScorer(Named.Options).Score(instrument, WithProfile(LowOnD1A(instrument), Small)).ActionPlan);

        // Variant 1 states two fields (size and academy) and beats the size-only and dispatch-only variants.
        Assert.Equal("Chief or a designated officer", entry.Owner);
        Assert.Equal("Move d1.a from 1", entry.Action);
        Assert.Equal("State academy via the standards board", entry.Resource);
    }

    [Fact]
    public void Plan_OnEquallySpecificVariants_TakesTheFirstInInstrumentOrder()
    {
        var instrument = WithVariants();
        var profile = new AgencyProfile { Size = AgencySize.From11To49, Dispatch = DispatchArrangement.Shared };

        var result = new AssessmentScorer(Named.Options).Score(instrument, WithProfile(LowOnD1A(instrument), profile));

        var entry = Assert.Single(result.ActionPlan);
        Assert.Equal(("Wellness lead", "Small action"), (entry.Owner, entry.Action));
    }

    [Fact]
    public void Plan_WhenAStepNeedsARoleTheProfileMayLack_BeginsByAssigningIt()
    {
        var instrument = WithVariants();
        var profile = new AgencyProfile { Size = AgencySize.From11To49 };

        var result = new AssessmentScorer(Named.Options).Score(instrument, WithProfile(LowOnD1A(instrument), profile));

        var first = Assert.Single(result.FirstSteps);
        Assert.Equal(FirstStepKind.AssignRole, first.Kind);
        Assert.Equal("Wellness lead", first.Role);
        Assert.Equal(("Name a wellness lead", "Chief executive", 30), (first.Action, first.Owner, first.TimeframeDays));
        Assert.Equal(["d1.a"], first.NeededBy);
    }

    [Fact]
    public void Plan_ForALargeAgency_HasNoRoleSteps()
    {
        var instrument = WithVariants();
        var profile = new AgencyProfile { Size = AgencySize.From250 };

        var result = new AssessmentScorer(Named.Options).Score(instrument, WithProfile(LowOnD1A(instrument), profile));

        Assert.Empty(result.FirstSteps);
        Assert.Null(result.SingleView);
        Assert.Equal("Owner d1.a", Assert.Single(result.ActionPlan).Owner);
    }

    [Fact]
    public void KeepItGoing_ListsItemsBetweenTheThresholdsWithTheirSustainStep()
    {
        // d1.a mean 2.5 → 62.5 (between 60 and 80); d1.b 100 (strength); d2.c 75; d2.d 50 (plan); d3 items 100.
        var instrument = SmallInstrument.Create();
        var responses = ResponseSets.For(instrument,
            ("officer", new() { ["d1.a"] = 2, ["d1.b"] = 4, ["d2.c"] = 3, ["d2.d"] = 2, ["d3.e"] = 4, ["d3.f"] = 4 }),
            ("sergeant", new() { ["d1.a"] = 3, ["d1.b"] = 4, ["d2.c"] = 3, ["d2.d"] = 2, ["d3.e"] = 4, ["d3.f"] = 4 }));

        var result = new AssessmentScorer(Named.Options).Score(instrument, responses);

        Assert.Equal(["d2.d"], result.ActionPlan.Select(entry => entry.ItemId));
        Assert.Equal(["d1.a", "d2.c"], result.KeepItGoing.Select(entry => entry.ItemId));
        var top = result.KeepItGoing[0];
        Assert.Equal(3, top.Level);
        Assert.Equal("Move d1.a from 3", top.Action);
        Assert.Equal(62.5, top.Score);
        Assert.Equal(1.0 / 3 * 1.0 / 2 * 37.5, top.Priority, 12);
        Assert.Equal(1.0 / 3 * 2.0 / 3 * 25, result.KeepItGoing[1].Priority, 12);
    }

    [Fact]
    public void KeepItGoing_UsesTheThresholdsOfTheOptions()
    {
        var instrument = SmallInstrument.Create();
        var responses = ResponseSets.For(instrument, ("officer", new() { ["d1.a"] = 2, ["d1.b"] = 3 }), ("sergeant", new() { ["d1.a"] = 2, ["d1.b"] = 3 }));

        var result = new AssessmentScorer(new ScoringOptions { Purpose = WellnessAssessment.Disclosure.ReleasePurpose.LeadershipSelfAssessment, ActionScoreThreshold = 40, StrengthThreshold = 75 }).Score(instrument, responses);

        Assert.Equal(["d1.a"], result.KeepItGoing.Select(entry => entry.ItemId));
        Assert.Equal(["d1.b"], result.Strengths.Select(strength => strength.ItemId));
    }

    [Fact]
    public void SingleView_OneRespondent_IsStatedAndThePlanBeginsWithHearingStaff()
    {
        var instrument = SmallInstrument.Create();
        var responses = ResponseSets.For(instrument, ("exec", new() { ["d1.a"] = 1 }));

        var result = new AssessmentScorer(Named.Options).Score(instrument, responses);

        Assert.Equal(new SingleView(SingleViewReason.OneRespondent, "exec", "Executives", 1), result.SingleView);
        Assert.Equal(
            "This result is one view: a single respondent (Executives) answered. It shows how that person sees the agency, not how its staff see it; hear staff across ranks before acting on it.",
            result.SingleView!.Statement);
        var first = Assert.Single(result.FirstSteps);
        Assert.Equal(FirstStepKind.HearStaff, first.Kind);
        Assert.Equal(DefaultSteps.HearStaff.Action, first.Action);
    }

    [Fact]
    public void SingleView_SeveralRespondentsOfOneGroup_IsOneGroup_AndTheInstrumentsStepIsUsed()
    {
        var instrument = SmallInstrument.Create() with
        {
            HearStaff = new() { Action = "Survey every rank", Owner = "Chief executive", Timeframe = "60 days", Indicator = "Two groups answered", Source = "test" },
        };
        var responses = ResponseSets.For(instrument, ("officer", new() { ["d1.a"] = 1 }), ("officer", new() { ["d1.a"] = 2 }));

        var result = new AssessmentScorer(Named.Options).Score(instrument, responses);

        Assert.Equal(new SingleView(SingleViewReason.OneGroup, "officer", "Officers", 2), result.SingleView);
        Assert.Equal(("Survey every rank", "test"), (result.FirstSteps[0].Action, result.FirstSteps[0].Source));
    }

    [Fact]
    public void Profile_RoundTripsInTheResponseSetJson()
    {
        const string json = """
            {"instrument":{"id":"small","version":"1.0.0"},"agency":{"id":"a","name":"A","profile":{"size":"up-to-10","ownAcademy":false,"dispatch":"shared","employeeAssistance":"city-county","unionOrAssociation":true}},"responses":[]}
            """;

        var set = WellnessJson.ReadResponseSet(json);

        Assert.Equal(
            new AgencyProfile { Size = AgencySize.UpTo10, OwnAcademy = false, Dispatch = DispatchArrangement.Shared, EmployeeAssistance = EmployeeAssistanceArrangement.CityOrCounty, UnionOrAssociation = true },
            set.Agency!.Profile);
        Assert.Equal(json.Trim(), WellnessJson.Serialize(set));
    }

    [Fact]
    public void Profile_UnknownSizeInJson_NamesThePath()
    {
        const string json = """{"instrument":{"id":"small","version":"1.0.0"},"agency":{"id":"a","name":"A","profile":{"size":"tiny"}},"responses":[]}""";

        var error = Assert.Throws<AssessmentValidationException>(() => WellnessJson.ReadResponseSet(json));

        Assert.StartsWith("agency.profile.size", Assert.Single(error.Errors).Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Profile_OutOfRangeValueBuiltInCode_IsRejectedWithItsPath()
    {
        var instrument = SmallInstrument.Create();
        var set = WithProfile(ResponseSets.For(instrument, ("officer", new() { ["d1.a"] = 1 })), new() { Dispatch = (DispatchArrangement)9 });

        var error = Assert.Throws<AssessmentValidationException>(() => new AssessmentScorer(Named.Options).Score(instrument, set));

        Assert.Equal("agency.profile.dispatch: is not a known value", Assert.Single(error.Errors).ToString());
    }

    [Fact]
    public void Validator_RejectsVariantsWithoutConditionOrChange_AndTwoWithTheSameCondition()
    {
        var instrument = WithVariants();
        var item = instrument.Sections[0].Domains[0].Items[0];
        Recommendation[] recommendations =
        [
            .. item.Recommendations.Select(r => r.Level != 0 ? r : r with
            {
                Variants =
                [
                    new() { When = new(), Owner = "x" },
                    new() { When = new() { Size = [AgencySize.UpTo10] } },
                    new() { When = new() { Size = [AgencySize.From11To49, AgencySize.UpTo10] }, Owner = "y" },
                    new() { When = new() { Size = [AgencySize.UpTo10, AgencySize.From11To49] }, Owner = "z" },
                ],
            }),
        ];
        var broken = instrument with
        {
            Sections =
            [
                instrument.Sections[0] with
                {
                    Domains = [instrument.Sections[0].Domains[0] with { Items = [item with { Recommendations = recommendations }, instrument.Sections[0].Domains[0].Items[1]] }, instrument.Sections[0].Domains[1]],
                },
                instrument.Sections[1],
            ],
            Roles = [.. instrument.Roles!, instrument.Roles![0]],
        };

        var errors = new InstrumentValidator().Validate(broken).Errors.Select(e => $"{e.PropertyName}: {e.ErrorMessage}").ToList();

        const string at = "sections[0].domains[0].items[0].recommendations[0]";
        Assert.Contains($"{at}.variants[0].when: must state at least one of size, ownAcademy, dispatch, employeeAssistance, unionOrAssociation", errors);
        Assert.Contains($"{at}.variants[1]: must change at least one of action, owner, resource, timeframe, timeframeDays, indicator", errors);
        Assert.Contains($"{at}.variants[3].when: is the same condition as variants[2].when", errors);
        Assert.Contains("roles[1].title: 'Wellness lead' is already the id of roles[0].title", errors);
        Assert.Equal(4, errors.Count);
    }

    [Fact]
    public void Validator_WhenSourcesAreListed_RequiresEveryItemToCiteOne()
    {
        var instrument = SmallInstrument.Create() with { Sources = [new() { Id = "test source for d1", Title = "Test" }] };

        var errors = new InstrumentValidator().Validate(instrument).Errors.Select(e => $"{e.PropertyName}: {e.ErrorMessage}").ToList();

        Assert.Equal(
            [
                "sections[0].domains[1].items[0].source: must start with the id of a listed source (sources: test source for d1)",
                "sections[0].domains[1].items[1].source: must start with the id of a listed source (sources: test source for d1)",
                "sections[1].domains[0].items[0].source: must start with the id of a listed source (sources: test source for d1)",
                "sections[1].domains[0].items[1].source: must start with the id of a listed source (sources: test source for d1)",
            ],
            errors);
    }
}
