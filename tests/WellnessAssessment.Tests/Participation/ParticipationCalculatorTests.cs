using CsCheck;
using WellnessAssessment.Instruments;
using WellnessAssessment.Participation;
using WellnessAssessment.Scoring;

namespace WellnessAssessment.Tests.Participation;

public sealed class ParticipationCalculatorTests
{
    private static readonly DateTimeOffset RollCall = new(2026, 3, 2, 14, 0, 0, TimeSpan.Zero);

    private static IReadOnlyList<RespondentGroup> Groups => InstrumentCatalog.BuiltIn.Find("safer-together", "2.0.0")!.Groups;

    private static Headcounts LineAndCommand(int line, int command) =>
        new() { Groups = new Dictionary<string, int> { ["line-officer"] = line, ["command-staff"] = command } };

    [Fact]
    public void Compute_GroupWithAShownCountAndAHeadcount_GetsItsRate()
    {
        var report = ParticipationCalculator.Compute(Groups, new Dictionary<string, int> { ["line-officer"] = 30, ["command-staff"] = 6, ["dispatcher"] = 7 }, LineAndCommand(40, 8), minimumGroupSize: 5);

        var line = report.Groups.Single(g => g.Id == "line-officer");
        Assert.Equal((40, 30, 0.75, false), (line.Headcount, line.Respondents, line.Rate, line.OverHeadcount));
        Assert.Equal(0.75, report.Groups.Single(g => g.Id == "command-staff").Rate);
        var dispatch = report.Groups.Single(g => g.Id == "dispatcher");
        Assert.Equal((null, 7, null), (dispatch.Headcount, dispatch.Respondents, dispatch.Rate));
        Assert.Null(report.Headcount); // not every group has a headcount and no total was given
        Assert.Equal(43, report.Respondents);
        Assert.Null(report.Rate);
        Assert.False(report.NeedsReview);
    }

    [Fact]
    public void Compute_WhenAGroupIsBelowTheThreshold_WithholdsItsRateAndItsComplementsRate()
    {
        // Command staff 3 of 8, line officers 30 of 40: showing 30 beside the total 33 would give the 3 away.
        var report = ParticipationCalculator.Compute(Groups, new Dictionary<string, int> { ["line-officer"] = 30, ["command-staff"] = 3 }, LineAndCommand(40, 8), minimumGroupSize: 5);

        var command = report.Groups.Single(g => g.Id == "command-staff");
        Assert.Equal((null, SuppressionReason.BelowMinimumGroupSize, null, 8), (command.Respondents, command.Suppressed, command.Rate, command.Headcount));
        var line = report.Groups.Single(g => g.Id == "line-officer");
        Assert.Equal((null, SuppressionReason.Complementary, null), (line.Respondents, line.Suppressed, line.Rate));
        Assert.Equal(33, report.Respondents);
    }

    [Fact]
    public void Compute_GroupOverItsHeadcount_IsFlagged_AndSoIsTheTotal()
    {
        var headcounts = new Headcounts { Total = 50, Groups = new Dictionary<string, int> { ["line-officer"] = 40 } };

        var report = ParticipationCalculator.Compute(Groups, new Dictionary<string, int> { ["line-officer"] = 45, ["dispatcher"] = 9 }, headcounts, minimumGroupSize: 5);

        var line = report.Groups.Single(g => g.Id == "line-officer");
        Assert.Equal((45, 1.125, true), (line.Respondents, line.Rate, line.OverHeadcount));
        Assert.Equal((50, 54, 1.08, true), (report.Headcount, report.Respondents, report.Rate, report.OverHeadcount));
        Assert.True(report.NeedsReview);
    }

    [Fact]
    public void Compute_WithheldGroupOverItsHeadcount_IsFlaggedWithoutItsCountOrRate()
    {
        var report = ParticipationCalculator.Compute(Groups, new Dictionary<string, int> { ["line-officer"] = 30, ["command-staff"] = 4 }, LineAndCommand(40, 2), minimumGroupSize: 5);

        var command = report.Groups.Single(g => g.Id == "command-staff");
        Assert.Equal((null, null, true), (command.Respondents, command.Rate, command.OverHeadcount));
    }

    [Fact]
    public void Compute_WhenEveryGroupHasAHeadcount_TheirSumIsTheTotal()
    {
        var headcounts = new Headcounts { Groups = Groups.ToDictionary(g => g.Id, _ => 10) };

        var report = ParticipationCalculator.Compute(Groups, Groups.ToDictionary(g => g.Id, _ => 5), headcounts, minimumGroupSize: 5);

        Assert.Equal((70, 35, 0.5), (report.Headcount, report.Respondents, report.Rate));
        Assert.All(report.Groups, g => Assert.Equal(0.5, g.Rate));
    }

    [Fact]
    public void Compute_MoreThanHalfTheHeadcountWithinTenMinutes_IsABurst()
    {
        var busiest = SubmissionWindows.Busiest(Enumerable.Range(0, 24).Select(i => ("line-officer", RollCall.AddSeconds(i * 20))), SubmissionWindows.DefaultLength);

        var report = ParticipationCalculator.Compute(Groups, new Dictionary<string, int> { ["line-officer"] = 24, ["command-staff"] = 6 }, LineAndCommand(40, 8), minimumGroupSize: 5, busiest);

        var burst = report.Groups.Single(g => g.Id == "line-officer").Burst;
        Assert.Equal(new ParticipationBurst(RollCall, RollCall.AddMinutes(10), 24), burst);
        Assert.Null(report.Groups.Single(g => g.Id == "command-staff").Burst);
        Assert.True(report.NeedsReview);
    }

    [Fact]
    public void Compute_HalfTheHeadcountOrLessWithinTenMinutes_IsNoBurst()
    {
        var busiest = SubmissionWindows.Busiest(Enumerable.Range(0, 20).Select(i => ("line-officer", RollCall.AddSeconds(i * 20))), SubmissionWindows.DefaultLength);

        var report = ParticipationCalculator.Compute(Groups, new Dictionary<string, int> { ["line-officer"] = 20 }, LineAndCommand(40, 8), minimumGroupSize: 5, busiest);

        Assert.Null(report.Groups.Single(g => g.Id == "line-officer").Burst);
    }

    [Fact]
    public void Compute_BurstSmallerThanTheThreshold_IsNotFlagged()
    {
        // 4 of a headcount of 6 is over half, but fewer than k: a burst of 4 would point at 4 people.
        var busiest = SubmissionWindows.Busiest(Enumerable.Range(0, 4).Select(i => ("command-staff", RollCall.AddMinutes(i))), SubmissionWindows.DefaultLength);

        var report = ParticipationCalculator.Compute(Groups, new Dictionary<string, int> { ["command-staff"] = 4, ["line-officer"] = 30 }, LineAndCommand(40, 6), minimumGroupSize: 5, busiest);

        Assert.Null(report.Groups.Single(g => g.Id == "command-staff").Burst);
    }

    [Fact]
    public void Compute_BurstInAGroupWhoseCountIsWithheld_LeavesItsCountOut()
    {
        // Command staff 6 (a burst of 6 of 8), executives 2: the executives' complement withholds command staff.
        var busiest = SubmissionWindows.Busiest(Enumerable.Range(0, 6).Select(i => ("command-staff", RollCall.AddMinutes(i))), SubmissionWindows.DefaultLength);
        var counts = new Dictionary<string, int> { ["command-staff"] = 6, ["executive"] = 2, ["line-officer"] = 30 };

        var report = ParticipationCalculator.Compute(Groups, counts, LineAndCommand(40, 8), minimumGroupSize: 5, busiest);

        var command = report.Groups.Single(g => g.Id == "command-staff");
        Assert.Equal(SuppressionReason.Complementary, command.Suppressed);
        Assert.Equal(new ParticipationBurst(RollCall, RollCall.AddMinutes(10), null), command.Burst);
    }

    [Fact]
    public void Compute_NoShownRateOrBurstCountEverBelongsToAWithheldCount() =>
        Gen.Select(Gen.Int[0, 25].Array[7], Gen.Int[1, 40].Array[7], Gen.Int[1, 8]).Sample((counts, heads, k) =>
        {
            var groups = Groups;
            var headcounts = new Headcounts { Groups = groups.Select((g, i) => (g.Id, heads[i])).ToDictionary(p => p.Id, p => p.Item2) };
            var busiest = groups.Select((g, i) => (g.Id, i)).Where(p => counts[p.i] > 0).ToDictionary(p => p.Id, p => new SubmissionWindow(RollCall, RollCall.AddMinutes(10), counts[p.i]));
            var report = ParticipationCalculator.Compute(groups, groups.Select((g, i) => (g.Id, counts[i])).ToDictionary(p => p.Id, p => p.Item2), headcounts, k, busiest);
            return report.Groups.All(g => g.Respondents is null == (g.Suppressed is not null)
                && (g.Respondents is not null || (g.Rate is null && g.Burst?.Respondents is null)));
        });
}
