using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NSubstitute;
using NSubstitute.Extensions;
using WellnessAssessment.Storage;
using WellnessAssessment.Testing;

namespace WellnessAssessment.Service.Tests;

/// <summary>
/// The application layer as a host builds it (<c>AddWellnessService</c>), over Azurite tables with their own prefix.
/// With <see cref="Faults"/>, one table's writes fail (an NSubstitute partial substitute of its <see cref="TableClient"/>)
/// as often as asked, then go through: a workflow interrupted between two writes.
/// </summary>
internal sealed class ServiceHost : IDisposable
{
    public const string AdminKey = "TMJmEz6MZKOoqYWdsnpZNtDQ66k3Lr3k614iEooWHg";

    private readonly ServiceProvider _provider;

    public ServiceHost(AzuriteFixture azurite, string prefix, TableServiceClient? client = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.Configure<WellnessApiOptions>(options => options.AdminKey = AdminKey);
        services.AddWellnessService(new WellnessStorageOptions { ConnectionString = azurite.ConnectionString, TablePrefix = prefix });
        if (client is not null)
        {
            services.AddSingleton(client);
        }

        _provider = services.BuildServiceProvider();
    }

    public T Get<T>()
        where T : notnull => _provider.GetRequiredService<T>();

    public void Dispose() => _provider.Dispose();
}

/// <summary>Table clients whose writes fail a given number of times (503, as a store outage answers), then succeed.</summary>
internal static class Faults
{
    /// <summary>A service client whose <paramref name="table"/> fails its next <paramref name="failures"/> entity updates.</summary>
    public static TableServiceClient FailingUpdates(string connectionString, string prefix, string table, int failures) =>
        Failing(connectionString, prefix + table, failures, (client, real, remaining) =>
            client.Configure()
                .UpdateEntityAsync(Arg.Any<TableEntity>(), Arg.Any<ETag>(), Arg.Any<TableUpdateMode>(), Arg.Any<CancellationToken>())
                .Returns(call => Interlocked.Decrement(ref remaining[0]) >= 0
                    ? Task.FromException<Response>(new RequestFailedException(503, "injected: the store did not answer"))
                    : real.UpdateEntityAsync(call.ArgAt<TableEntity>(0), call.ArgAt<ETag>(1), call.ArgAt<TableUpdateMode>(2), call.ArgAt<CancellationToken>(3))));

    /// <summary>A service client whose <paramref name="table"/> fails its next <paramref name="failures"/> entity inserts.</summary>
    public static TableServiceClient FailingAdds(string connectionString, string prefix, string table, int failures) =>
        Failing(connectionString, prefix + table, failures, (client, real, remaining) =>
            client.Configure()
                .AddEntityAsync(Arg.Any<TableEntity>(), Arg.Any<CancellationToken>())
                .Returns(call => Interlocked.Decrement(ref remaining[0]) >= 0
                    ? Task.FromException<Response>(new RequestFailedException(503, "injected: the store did not answer"))
                    : real.AddEntityAsync(call.ArgAt<TableEntity>(0), call.ArgAt<CancellationToken>(1))));

    private static TableServiceClient Failing(string connectionString, string tableName, int failures, Action<TableClient, TableClient, int[]> configure)
    {
        var real = new TableClient(connectionString, tableName);
        var client = Substitute.ForPartsOf<TableClient>(connectionString, tableName);
        configure(client, real, [failures]);
        var service = Substitute.ForPartsOf<TableServiceClient>(connectionString);
        service.Configure().GetTableClient(tableName).Returns(client);
        return service;
    }
}
