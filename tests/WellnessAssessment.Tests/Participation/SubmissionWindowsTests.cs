using WellnessAssessment.Participation;

namespace WellnessAssessment.Tests.Participation;

public sealed class SubmissionWindowsTests
{
    private static readonly DateTimeOffset Morning = new(2026, 3, 2, 7, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Busiest_FindsTheWindowHoldingTheMostSubmissions_PerGroup()
    {
        (string, DateTimeOffset)[] submissions =
        [
            ("line-officer", Morning), ("line-officer", Morning.AddMinutes(30)), ("line-officer", Morning.AddMinutes(31)),
            ("line-officer", Morning.AddMinutes(39)), ("line-officer", Morning.AddMinutes(41)),
            ("dispatcher", Morning.AddHours(2)),
        ];

        var busiest = SubmissionWindows.Busiest(submissions, TimeSpan.FromMinutes(10));

        Assert.Equal(new SubmissionWindow(Morning.AddMinutes(30), Morning.AddMinutes(40), 3), busiest["line-officer"]);
        Assert.Equal(new SubmissionWindow(Morning.AddHours(2), Morning.AddHours(2).AddMinutes(10), 1), busiest["dispatcher"]);
        Assert.Equal(2, busiest.Count);
    }

    [Fact]
    public void Busiest_SubmissionExactlyAWindowLater_IsInTheNextWindow()
    {
        var busiest = SubmissionWindows.Busiest([("fto", Morning), ("fto", Morning.AddMinutes(10))], TimeSpan.FromMinutes(10));

        Assert.Equal(1, busiest["fto"].Respondents);
        Assert.Equal(Morning, busiest["fto"].From);
    }

    [Fact]
    public void Busiest_OrderOfTheInput_DoesNotMatter()
    {
        var times = Enumerable.Range(0, 50).Select(i => ("civilian", Morning.AddMinutes(i * i % 37))).ToList();

        Assert.Equal(SubmissionWindows.Busiest(times, TimeSpan.FromMinutes(5))["civilian"], SubmissionWindows.Busiest(Enumerable.Reverse(times), TimeSpan.FromMinutes(5))["civilian"]);
    }

    [Fact]
    public void Busiest_WindowOfZero_IsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SubmissionWindows.Busiest([], TimeSpan.Zero));
}
