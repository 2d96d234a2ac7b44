using Azure.Data.Tables;
using WellnessAssessment.Storage.Infrastructure;

namespace WellnessAssessment.Storage.Tests;

public sealed class TableTransactionsTests
{
    private static TableTransactionAction Upsert(string partition, int row) =>
        new(TableTransactionActionType.UpsertReplace, new TableEntity(partition, row.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void EnsureValid_RejectsATransactionAcrossPartitions_ThatAzuriteWouldAccept()
    {
        var error = Assert.Throws<ArgumentException>(() => TableTransactions.EnsureValid([Upsert("a", 1), Upsert("b", 2)]));

        Assert.StartsWith("A table transaction must stay in one partition.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EnsureValid_RejectsMoreThan100Actions()
    {
        var error = Assert.Throws<ArgumentException>(() => TableTransactions.EnsureValid([.. Enumerable.Range(0, 101).Select(i => Upsert("a", i))]));

        Assert.StartsWith("A table transaction holds 1 to 100 actions, not 101.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EnsureValid_AcceptsOnePartitionOf100()
    {
        TableTransactions.EnsureValid([.. Enumerable.Range(0, 100).Select(i => Upsert("a", i))]);
    }
}
