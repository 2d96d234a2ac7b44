using WellnessAssessment.Register;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;
using WellnessAssessment.Tests.Fixtures;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Tests.Register;

public sealed class ProgressCalculatorTests
{
    // Ten answers of 25 and 50 (or 75 and 100): sd = 13.176…, t(0.975, 9) = 2.2622, half width 9.4255.
    private const double HalfWidth = 9.4255;

    [Fact]
    public void Progress_DoneActionWhoseItemRose_ReportsItemAndDomainChangeWithIntervals()
    {
        var report = ProgressCalculator.Compute(TwoCycles.Register(), TwoCycles.Earlier, TwoCycles.Later);

        var fto = report.Actions.Single(action => action.ItemId == "d1.a");
        Assert.Equal("a-cycle1.d1.a", fto.ActionId);
        Assert.Equal(ActionStatus.Done, fto.Status);
        Assert.Equal(new DateOnly(2026, 3, 2), fto.DoneOn);
        Assert.Equal(37.5, fto.Item.Then!.Value, 9);
        Assert.Equal(87.5, fto.Item.Now!.Value, 9);
        Assert.Equal(50, fto.Item.Delta!.Value, 9);
        Assert.Equal(37.5 - HalfWidth, fto.Item.ThenCi95!.Low, 3);
        Assert.Equal(87.5 + HalfWidth, fto.Item.NowCi95!.High, 3);
        Assert.False(fto.Item.CiOverlap);
        Assert.Equal(ChangeSignal.Improved, fto.Item.Signal);
        Assert.Equal("d1", fto.Domain.Id);
        Assert.Equal(25, fto.Domain.Delta!.Value, 9);
        Assert.Equal(TwoCycles.Later.FindDomain("d1")!.Ci95, fto.Domain.NowCi95);
        Assert.Equal(ChangeSignal.Improved, fto.Domain.Signal);
    }

    [Fact]
    public void Progress_DomainChange_MatchesTheTrendOfTheSameResults()
    {
        var report = ProgressCalculator.Compute(TwoCycles.Register(), TwoCycles.Earlier, TwoCycles.Later);
        var trend = AssessmentScorer.WithTrend(TwoCycles.Later, TwoCycles.Earlier).Trend!;

        foreach (var action in report.Actions)
        {
            var domain = trend.Domains.Single(change => change.Id == action.DomainId);
            Assert.Equal(domain.Delta, action.Domain.Delta);
            Assert.Equal(domain.CiOverlap, action.Domain.CiOverlap);
        }
    }

    [Fact]
    public void Progress_ListsItemsThatMovedWithoutAnActionInProgressOrDone()
    {
        var report = ProgressCalculator.Compute(TwoCycles.Register(), TwoCycles.Earlier, TwoCycles.Later);

        // d2.c fell, but its action was dropped; d3.e rose with no action at all.
        Assert.Equal(["d2.c", "d3.e"], report.MovedWithoutAction.Select(item => item.Id));
        Assert.Equal([ChangeSignal.Declined, ChangeSignal.Improved], report.MovedWithoutAction.Select(item => item.Signal));
    }

    [Fact]
    public void Progress_ListsActedOnActionsWhoseItemDidNotMove()
    {
        var report = ProgressCalculator.Compute(TwoCycles.Register(), TwoCycles.Earlier, TwoCycles.Later);

        Assert.Equal(["a-cycle1.d1.b"], report.ActionsWithoutMovement);
        var unchanged = report.Actions.Single(action => action.ItemId == "d1.b");
        Assert.Equal(0, unchanged.Item.Delta!.Value, 9);
        Assert.True(unchanged.Item.CiOverlap);
        Assert.Equal(ChangeSignal.WithinNoise, unchanged.Item.Signal);
    }

    [Fact]
    public void Progress_DroppedAction_CarriesItsReason()
    {
        var report = ProgressCalculator.Compute(TwoCycles.Register(), TwoCycles.Earlier, TwoCycles.Later);

        var dropped = report.Actions.Single(action => action.Status == ActionStatus.Dropped);
        Assert.Equal("d2.c", dropped.ItemId);
        Assert.Equal("No budget this year", dropped.DroppedReason);
        Assert.Null(dropped.DoneOn);
        Assert.Equal(-25, dropped.Item.Delta!.Value, 9);
    }

    [Fact]
    public void Progress_ActionOnAnItemTheResultsDoNotHave_IsNotComparable()
    {
        var register = TwoCycles.Register();
        register = register with { Actions = [.. register.Actions, register.Actions[0] with { Id = "x.gone", ItemId = "gone", DomainId = "nowhere" }] };

        var report = ProgressCalculator.Compute(register, TwoCycles.Earlier, TwoCycles.Later);

        var gone = report.Actions[^1];
        Assert.Equal(ChangeSignal.NotComparable, gone.Item.Signal);
        Assert.Equal(ChangeSignal.NotComparable, gone.Domain.Signal);
        Assert.Null(gone.Item.Delta);
        Assert.Contains("x.gone", report.ActionsWithoutMovement);
    }

    [Fact]
    public void Progress_WhenOneAnswerPerCycle_IsUndetermined()
    {
        var instrument = TwoCycles.Instrument;
        var scorer = new AssessmentScorer(Named.Options);
        var earlier = scorer.Score(instrument, ResponseSets.For(instrument, [.. ResponseSets.Many(instrument, "officer", 1, 1)]));
        var later = scorer.Score(instrument, ResponseSets.For(instrument, [.. ResponseSets.Many(instrument, "officer", 1, 4)]));
        var register = new ActionRegister { Actions = ActionAdoption.Adopt(earlier, AdoptionSelection.FirstEntries(1), "c1", TwoCycles.Adopted) };

        var report = ProgressCalculator.Compute(register, earlier, later);

        Assert.Equal(75, report.Actions[0].Item.Delta!.Value, 9);
        Assert.Null(report.Actions[0].Item.CiOverlap);
        Assert.Equal(ChangeSignal.Undetermined, report.Actions[0].Item.Signal);
    }

    [Fact]
    public void Progress_OfAnotherInstrument_IsRejected()
    {
        var other = TwoCycles.Later with { Instrument = new("other", "1.0.0") };

        var error = Assert.Throws<AssessmentValidationException>(() => ProgressCalculator.Compute(TwoCycles.Register(), TwoCycles.Earlier, other));

        Assert.Equal("previous result", error.Subject);
        Assert.Equal("instrument.id", error.Errors[0].Path);
    }

    [Fact]
    public void Progress_OfAnInvalidRegister_IsRejectedWithPaths()
    {
        var register = TwoCycles.Register();
        register = register with { Actions = [register.Actions[0] with { EvidenceLink = "file:///c:/secret" }] };

        var error = Assert.Throws<AssessmentValidationException>(() => ProgressCalculator.Compute(register, TwoCycles.Earlier, TwoCycles.Later));

        Assert.Equal("action register", error.Subject);
        Assert.Equal(new ValidationError("actions[0].evidenceLink", "must be an absolute http or https address of at most 2000 characters"), Assert.Single(error.Errors));
    }
}
