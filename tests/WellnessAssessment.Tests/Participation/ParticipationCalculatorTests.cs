using CsCheck;
using WellnessAssessment.Disclosure;
using WellnessAssessment.Instruments;
using WellnessAssessment.Participation;
using WellnessAssessment.Responses;
using WellnessAssessment.Results;
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
    public void Compute_WithheldGroupOverItsHeadcount_IsNotFlaggedAlone()
    {
        // Command staff 4 of a headcount of 2, withheld with its complement (line officers 30 of 40): a flag on the
        // command staff alone would be an oracle for its withheld count (set headcounts, read the flag).
        var report = ParticipationCalculator.Compute(Groups, new Dictionary<string, int> { ["line-officer"] = 30, ["command-staff"] = 4 }, LineAndCommand(40, 2), minimumGroupSize: 5);

        var command = report.Groups.Single(g => g.Id == "command-staff");
        Assert.Equal((null, null, false), (command.Respondents, command.Rate, command.OverHeadcount));
        Assert.False(report.WithheldOverHeadcount); // together 34 of 42
        Assert.False(report.NeedsReview);
    }

    [Fact]
    public void Compute_WithheldGroupsOverTheirJointHeadcount_AreFlaggedJointly()
    {
        // Command staff 4 and dispatchers 3 against headcounts of 2 and 2; the pool rule withholds the FTOs (5 of 5)
        // with the dispatchers: together 12 of 9.
        var headcounts = new Headcounts { Groups = new Dictionary<string, int> { ["line-officer"] = 40, ["command-staff"] = 2, ["dispatcher"] = 2, ["fto"] = 5 } };

        var report = ParticipationCalculator.Compute(Groups, new Dictionary<string, int> { ["line-officer"] = 30, ["command-staff"] = 4, ["dispatcher"] = 3, ["fto"] = 5 }, headcounts, minimumGroupSize: 5);

        Assert.Equal(["command-staff", "fto", "dispatcher"], report.Groups.Where(g => g.Suppressed is not null).Select(g => g.Id));
        Assert.True(report.WithheldOverHeadcount);
        Assert.All(report.Groups, g => Assert.False(g.OverHeadcount));
        Assert.True(report.NeedsReview);
    }

    [Fact]
    public void Compute_WithheldGroupsWithoutAHeadcountEach_AreNotFlaggedJointly()
    {
        var headcounts = new Headcounts { Groups = new Dictionary<string, int> { ["line-officer"] = 40, ["command-staff"] = 2 } };

        var report = ParticipationCalculator.Compute(Groups, new Dictionary<string, int> { ["line-officer"] = 30, ["command-staff"] = 4, ["dispatcher"] = 3 }, headcounts, minimumGroupSize: 5);

        Assert.False(report.WithheldOverHeadcount);
    }

    [Fact]
    public void Compute_TotalBelowTheThreshold_IsNeverFlaggedOverItsHeadcount()
    {
        var report = ParticipationCalculator.Compute(Groups, new Dictionary<string, int> { ["line-officer"] = 3 }, new Headcounts { Total = 2 }, minimumGroupSize: 5);

        Assert.Null(report.Respondents);
        Assert.False(report.OverHeadcount);
        Assert.False(report.WithheldOverHeadcount);
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
        Assert.Equal(new ParticipationBurst(RollCall, RollCall.AddHours(1), 24), burst);
        Assert.Null(report.Groups.Single(g => g.Id == "command-staff").Burst);
        Assert.True(report.NeedsReview);
    }

    [Fact]
    public void Compute_BurstTimes_AreGivenToTheHourOnly()
    {
        // First answer at 14:07:30: the burst is shown as 14:00–15:00, never the minute one respondent sent.
        var start = RollCall.AddMinutes(7).AddSeconds(30);
        var busiest = SubmissionWindows.Busiest(Enumerable.Range(0, 24).Select(i => ("line-officer", start.AddSeconds(i * 20))), SubmissionWindows.DefaultLength);

        var report = ParticipationCalculator.Compute(Groups, new Dictionary<string, int> { ["line-officer"] = 24, ["command-staff"] = 6 }, LineAndCommand(40, 8), minimumGroupSize: 5, busiest);

        var burst = report.Groups.Single(g => g.Id == "line-officer").Burst!;
        Assert.Equal((RollCall, RollCall.AddHours(1)), (burst.From, burst.To));
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
    public void Compute_BurstInAGroupWhoseCountIsWithheld_IsNotShown()
    {
        // Command staff 6 (a burst of 6 of 8), executives 2: the executives' complement withholds command staff.
        var busiest = SubmissionWindows.Busiest(Enumerable.Range(0, 6).Select(i => ("command-staff", RollCall.AddMinutes(i))), SubmissionWindows.DefaultLength);
        var counts = new Dictionary<string, int> { ["command-staff"] = 6, ["executive"] = 2, ["line-officer"] = 30 };

        var report = ParticipationCalculator.Compute(Groups, counts, LineAndCommand(40, 8), minimumGroupSize: 5, busiest);

        var command = report.Groups.Single(g => g.Id == "command-staff");
        Assert.Equal(SuppressionReason.Complementary, command.Suppressed);
        Assert.Null(command.Burst);
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
                && (g.Respondents is not null || (g.Rate is null && g.Burst is null && !g.OverHeadcount)));
        });

    [Fact]
    public void IdenticalSheets_CountsSheetsWithOneValueThroughout_AndSaysFewerThanKBelowIt()
    {
        Response Sheet(string id, params int[] values) => new()
        {
            RespondentId = id,
            Group = "line-officer",
            Answers = values.Select((v, i) => ($"i{i}", v < 0 ? Answer.DontKnow : Answer.Level(v))).ToDictionary(p => p.Item1, p => p.Item2),
        };

        var varied = Enumerable.Range(0, 10).Select(i => Sheet($"v{i}", 1, 2, 3)).ToList();
        var same = Enumerable.Range(0, 6).Select(i => Sheet($"s{i}", 3, 3, -1, 3)).ToList();
        var single = Sheet("one", 4); // one numeric answer is no pattern

        Assert.Equal(new IdenticalSheets(0, false, 5), IdenticalSheets.Of([.. varied, single], 5));
        var few = IdenticalSheets.Of([.. varied, .. same.Take(3)], 5);
        Assert.Equal((null, true), (few.Count, few.FewerThanMinimum));
        Assert.Equal("Fewer than 5 responses gave the same answer to every item.", few.Statement);
        Assert.Equal(new IdenticalSheets(6, false, 5), IdenticalSheets.Of([.. varied, .. same], 5));
        Assert.True(new ParticipationReport { Headcount = null, Respondents = 16, Rate = null, OverHeadcount = false, MinimumGroupSize = 5, Groups = [], IdenticalSheets = few }.NeedsReview);
    }
}
