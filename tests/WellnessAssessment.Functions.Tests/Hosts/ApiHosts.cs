using WellnessAssessment.Testing;

namespace WellnessAssessment.Functions.Tests.Hosts;

/// <summary>The hosts a behaviour theory runs on, and their settings (the same for both: Azurite, own tables, admin key).</summary>
public static class ApiHosts
{
    public const string AspNetCore = "aspnetcore";
    public const string Functions = "functions";

    /// <summary>Theory data: every host.</summary>
    public static TheoryData<string> All => [AspNetCore, Functions];

    /// <summary>A new host of kind <paramref name="kind"/> with its own tables.</summary>
    public static IApiHost Create(string kind, AzuriteFixture azurite, params (string Key, string Value)[] settings)
    {
        var all = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Wellness:AdminKey"] = ApiHostRequests.AdminKey,
            ["Wellness:Storage:ConnectionString"] = azurite.ConnectionString,
            ["Wellness:Storage:TablePrefix"] = AzuriteFixture.UniquePrefix(),
            ["Wellness:StatelessRequestsPerMinute"] = "1000",
            ["Wellness:MaxBodyBytes"] = (1 << 20).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        return kind switch
        {
            AspNetCore => new AspNetCoreApiHost(all),
            Functions => new FunctionsApiHost(all),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "aspnetcore or functions"),
        };
    }
}
