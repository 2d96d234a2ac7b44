using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using WellnessAssessment.Testing;

namespace WellnessAssessment.Api.Tests;

/// <summary>The API over Azurite, with its own tables and an admin key.</summary>
public sealed class ApiFactory(AzuriteFixture azurite, int requestsPerMinute = 1000) : WebApplicationFactory<Program>
{
    public const string AdminKey = "TMJmEz6MZKOoqYWdsnpZNtDQ66k3Lr3k614iEooWHg";

    /// <summary>Overrides <c>Wellness:Storage:NetworkTimeout</c> (a TimeSpan), for tests that load the store beyond the production timeout.</summary>
    public string? NetworkTimeout { get; init; }

    /// <summary>Overrides the submission limits per address and per link (<c>Wellness:Submissions</c>), for load tests from one address.</summary>
    public int? SubmissionsPerMinute { get; init; }

    /// <summary>Overrides the draft writes per address and per link (<c>Wellness:Submissions:Drafts…</c>).</summary>
    public int? DraftsPerMinute { get; init; }

    /// <summary>Overrides the failed resume-code lookups an address may make in ten minutes (<c>Wellness:ResumeFailuresPerTenMinutes</c>).</summary>
    public int? ResumeFailures { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (DraftsPerMinute is { } drafts)
        {
            var value = drafts.ToString(System.Globalization.CultureInfo.InvariantCulture);
            builder.UseSetting("Wellness:Submissions:DraftsPerAddressPerMinute", value);
            builder.UseSetting("Wellness:Submissions:DraftsPerLinkPerMinute", value);
        }

        if (ResumeFailures is { } failures)
        {
            builder.UseSetting("Wellness:ResumeFailuresPerTenMinutes", failures.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (SubmissionsPerMinute is { } submissions)
        {
            var value = submissions.ToString(System.Globalization.CultureInfo.InvariantCulture);
            builder.UseSetting("Wellness:Submissions:PerAddressPerMinute", value);
            builder.UseSetting("Wellness:Submissions:PerLinkPerMinute", value);
        }

        if (NetworkTimeout is not null)
        {
            builder.UseSetting("Wellness:Storage:NetworkTimeout", NetworkTimeout);
        }

        builder.UseSetting("Wellness:AdminKey", AdminKey);
        builder.UseSetting("Wellness:Storage:ConnectionString", azurite.ConnectionString);
        builder.UseSetting("Wellness:Storage:TablePrefix", AzuriteFixture.UniquePrefix());
        builder.UseSetting("Wellness:StatelessRequestsPerMinute", requestsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Wellness:MaxBodyBytes", (1 << 20).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public HttpClient ClientWithKey(string key)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }
}
