using Microsoft.Extensions.Options;
using WellnessAssessment.Service.Limits;
using WellnessAssessment.Service.Outcomes;

namespace WellnessAssessment.Service.Tests;

/// <summary>The named allowances: a spent one answers a 429 problem with a retry-after; keys and allowances count apart.</summary>
[Trait("Category", "unit")]
public sealed class ClientLimitsTests
{
    private static ClientLimits Limits(Action<WellnessApiOptions> configure)
    {
        var options = new WellnessApiOptions();
        configure(options);
        return new ClientLimits(Options.Create(options));
    }

    [Fact]
    public void DraftWrites_PastTheAddressAllowance_AreRefusedWithA429AndRetryAfter_OtherAddressesGoOn()
    {
        using var limits = Limits(options => options.Submissions.DraftsPerAddressPerMinute = 3);

        var answers = Enumerable.Range(0, 4).Select(_ => limits.TakeDraftWrite("203.0.113.7", "cycle-1")).ToList();
        var other = limits.TakeDraftWrite("203.0.113.8", "cycle-1");

        Assert.Equal([false, false, false, true], answers.Select(problem => problem is not null));
        var refused = answers[3]!;
        Assert.Equal(ProblemKind.TooManyRequests, refused.Kind);
        Assert.Equal("Too many requests", refused.Title);
        Assert.StartsWith("Too many drafts were saved from this network in the last minute.", refused.Detail, StringComparison.Ordinal);
        Assert.InRange(refused.RetryAfter!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
        Assert.Null(other);
    }

    [Fact]
    public void DraftWrites_PastTheLinkAllowance_AreRefusedForEveryAddress()
    {
        using var limits = Limits(options => options.Submissions.DraftsPerLinkPerMinute = 2);

        Assert.Null(limits.TakeDraftWrite("192.0.2.1", "cycle-1"));
        Assert.Null(limits.TakeDraftWrite("192.0.2.2", "cycle-1"));
        var refused = limits.TakeDraftWrite("192.0.2.3", "cycle-1");

        Assert.Equal("Too many drafts were saved for this survey in the last minute. Nothing was stored; your answers are safe on your device. Send them again in a moment.", refused?.Detail);
        Assert.Null(limits.TakeDraftWrite("192.0.2.3", "cycle-2"));
    }

    [Fact]
    public void Failures_AreCountedApart_AndCheckingDoesNotSpendTheAllowance()
    {
        using var limits = Limits(options => options.ResumeFailuresPerTenMinutes = 2);

        for (var i = 0; i < 5; i++)
        {
            Assert.Null(limits.Check(Allowance.ResumeLookupFailures, "198.51.100.9"));
        }

        limits.Count(Allowance.ResumeLookupFailures, "198.51.100.9");
        Assert.Null(limits.Check(Allowance.ResumeLookupFailures, "198.51.100.9"));
        limits.Count(Allowance.ResumeLookupFailures, "198.51.100.9");
        var blocked = limits.Check(Allowance.ResumeLookupFailures, "198.51.100.9");

        Assert.Equal("Too many attempts", blocked?.Title);
        Assert.Equal(TimeSpan.FromMinutes(10), blocked?.RetryAfter);
        Assert.Null(limits.Check(Allowance.ResumeLookupFailures, "198.51.100.10"));
        Assert.Null(limits.Take(Allowance.DraftsPerAddress, "198.51.100.9"));
    }

    [Fact]
    public void EveryAllowance_ReadsItsSetting()
    {
        using var limits = Limits(options =>
        {
            options.Submissions.PerAddressPerMinute = 11;
            options.Submissions.PerLinkPerMinute = 12;
            options.Submissions.PerCodePerMinute = 13;
            options.Submissions.WrongCodesPerAddressPerTenMinutes = 14;
            options.Submissions.DraftsPerAddressPerMinute = 15;
            options.Submissions.DraftsPerLinkPerMinute = 16;
            options.ResumeFailuresPerTenMinutes = 17;
            options.StatelessRequestsPerMinute = 18;
            options.CatalogRequestsPerMinute = 19;
        });

        Assert.Equal(Enumerable.Range(11, 9), Enum.GetValues<Allowance>().Select(limits.PermitsOf));
    }
}
