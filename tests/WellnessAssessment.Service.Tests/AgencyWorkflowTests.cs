using WellnessAssessment.Service.Access;
using WellnessAssessment.Service.Agencies;
using WellnessAssessment.Service.Outcomes;
using WellnessAssessment.Service.Requests;
using WellnessAssessment.Storage.Audit;
using WellnessAssessment.Testing;
using RequestFailedException = Azure.RequestFailedException;

namespace WellnessAssessment.Service.Tests;

/// <summary>Agency creation and key rotation, and the key policy's answers, over Azurite.</summary>
[Collection(AzuriteTests.Name)]
[Trait("Category", "storage")]
public sealed class AgencyWorkflowTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Create_RepeatedWithItsIdempotencyKey_ReturnsTheSameAgency_AndWritesOneAuditEntry()
    {
        using var host = new ServiceHost(azurite, AzuriteFixture.UniquePrefix());
        var agencies = host.Get<AgencyService>();
        var key = RequestKey.Parse(["create-riverside"]);

        var first = await agencies.CreateAsync(new CreateAgencyRequest("Riverside PD", null), key, default);
        var repeat = await agencies.CreateAsync(new CreateAgencyRequest("Riverside PD", null), key, default);
        var other = await agencies.CreateAsync(new CreateAgencyRequest("Riverside PD", null), RequestKey.Parse(["another"]), default);

        Assert.Equal(OutcomeKind.Created, first.Kind);
        Assert.Equal("/api/agencies/riverside-pd/assessments", first.Location);
        Assert.Equal(first.Value!.CreatedAt, repeat.Value!.CreatedAt);
        Assert.NotEqual(first.Value.Key, repeat.Value.Key); // the earlier key never reached the caller
        Assert.Equal(ProblemKind.Conflict, other.Problem!.Kind);
        var entry = Assert.Single(await host.Get<AuditTrail>().ReadAsync("riverside-pd", default));
        Assert.Equal((AuditEventKind.AgencyCreated, Caller.AdminActor), (entry.Kind, entry.Actor));
    }

    [Fact]
    public async Task Create_WhoseAuditWriteFailed_IsFinishedByItsRepeat_WithOneAuditEntry()
    {
        var prefix = AzuriteFixture.UniquePrefix();
        using var healthy = new ServiceHost(azurite, prefix);
        using var failing = new ServiceHost(azurite, prefix, Faults.FailingAdds(azurite.ConnectionString, prefix, "audit", failures: 1));
        var key = RequestKey.Parse(["create-lakeside"]);

        await Assert.ThrowsAsync<RequestFailedException>(() => failing.Get<AgencyService>().CreateAsync(new CreateAgencyRequest("Lakeside SO", "lakeside-so"), key, default));
        var repeat = await healthy.Get<AgencyService>().CreateAsync(new CreateAgencyRequest("Lakeside SO", "lakeside-so"), key, default);

        Assert.Equal(OutcomeKind.Created, repeat.Kind);
        Assert.Single(await healthy.Get<AuditTrail>().ReadAsync("lakeside-so", default), e => e.Kind == AuditEventKind.AgencyCreated);
    }

    [Theory]
    [InlineData(null, "Riverside", "name")]
    [InlineData("Token", null, "id")]
    [InlineData("Riverside", "a b", "id")]
    [InlineData("Riverside", "a-zzzzzz\n", "id")]
    [InlineData("Riverside", " riverside", "id")]
    [InlineData("Riverside", "   ", "id")]
    public async Task Create_WithABadNameOrId_NamesThePlace(string? name, string? id, string place)
    {
        using var host = new ServiceHost(azurite, AzuriteFixture.UniquePrefix());

        var refused = await host.Get<AgencyService>().CreateAsync(new CreateAgencyRequest(name, id), RequestKey.None, default);

        Assert.Equal((ProblemKind.Invalid, place), (refused.Problem!.Kind, refused.Problem.Place));
    }

    [Fact]
    public async Task KeyPolicy_OpensTheAgencyWithItsKey_Answers401ForARetiredKey_And404ForAnotherAgency()
    {
        using var host = new ServiceHost(azurite, AzuriteFixture.UniquePrefix());
        var agencies = host.Get<AgencyService>();
        var policy = host.Get<KeyPolicy>();
        var created = (await agencies.CreateAsync(new CreateAgencyRequest("Riverside PD", null), RequestKey.None, default)).Value!;
        await agencies.CreateAsync(new CreateAgencyRequest("Hillside PD", null), RequestKey.None, default);

        var opened = await policy.AuthorizeAsync(new Credentials(created.Key), KeyRequirement.AgencyKey, "riverside-pd", default);
        var elsewhere = await policy.AuthorizeAsync(new Credentials(created.Key), KeyRequirement.AgencyKey, "hillside-pd", default);
        var rotated = await agencies.RotateKeyAsync("riverside-pd", opened.Value!, default);
        var retired = await policy.AuthorizeAsync(new Credentials(created.Key), KeyRequirement.AgencyKey, "riverside-pd", default);
        var admin = await policy.AuthorizeAsync(new Credentials(ServiceHost.AdminKey), KeyRequirement.AgencyOrAdminKey, "riverside-pd", default);
        var adminOnAgencyRoute = await policy.AuthorizeAsync(new Credentials(ServiceHost.AdminKey), KeyRequirement.AgencyKey, "riverside-pd", default);

        Assert.Equal(("riverside-pd", "Riverside PD"), (opened.Value!.AgencyId, opened.Value.AgencyName));
        Assert.Equal(ProblemKind.NotFound, elsewhere.Problem!.Kind);
        Assert.Equal(KeyPolicy.RetiredKey, retired.Problem!.Detail);
        Assert.Equal(ProblemKind.Unauthorized, retired.Problem.Kind);
        Assert.True(admin.Value!.IsAdmin);
        Assert.Equal(ProblemKind.NotFound, adminOnAgencyRoute.Problem!.Kind);
        Assert.Equal(Caller.AgencyActor, Assert.Single(await host.Get<AuditTrail>().ReadAsync("riverside-pd", default), e => e.Kind == AuditEventKind.KeyRotated).Actor);
        Assert.NotEqual(created.Key, rotated.Value!.Key);
    }

    [Fact]
    public async Task AuditTrail_ReadsNewestFirst()
    {
        using var host = new ServiceHost(azurite, AzuriteFixture.UniquePrefix());
        var agencies = host.Get<AgencyService>();
        await agencies.CreateAsync(new CreateAgencyRequest("Riverside PD", null), RequestKey.None, default);
        var caller = (await host.Get<KeyPolicy>().AuthorizeAsync(new Credentials(ServiceHost.AdminKey), KeyRequirement.AgencyOrAdminKey, "riverside-pd", default)).Value!;
        await agencies.RotateKeyAsync("riverside-pd", caller, default);

        var trail = (await host.Get<WellnessAssessment.Service.Audit.AuditService>().ReadAsync("riverside-pd", default)).Value!;

        Assert.Equal(["key-rotated", "agency-created"], trail.Select(entry => entry.Event));
        Assert.True(trail[0].At >= trail[1].At);
    }
}
