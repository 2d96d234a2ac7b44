using System.Collections.Concurrent;
using Azure.Data.Tables;

namespace WellnessAssessment.Storage.Gate;

/// <summary>
/// What this process knows of each cycle's gate shards, so that its concurrent submissions never take the same shard
/// and skip reading one they committed through last: each shard is lent to one submission at a time, with the open gate
/// row and ETag the last commit through it returned; when all <see cref="CycleGate.ShardCount"/> are lent, the next
/// submission waits in process for one (cheaper than colliding on a shard and retrying through the store).
/// This is only a hint: a stale ETag (another process, or a close) fails the transaction with 412 and the submission
/// reads the shard again, so the guarantees rest on the store's conditional writes alone.
/// </summary>
internal sealed class GateShardPool
{
    // One entry per cycle submitted to since start; dropped wholesale past this many (they refill on demand).
    private const int MaxCycles = 1000;
    private readonly ConcurrentDictionary<string, CycleShards> _cycles = new(StringComparer.Ordinal);

    /// <summary>Lends a free shard of the cycle in <paramref name="partition"/> (with its last known open row), waiting for one when all are lent.</summary>
    public Task<ShardLease> AcquireAsync(string partition, CancellationToken cancellationToken)
    {
        if (_cycles.Count > MaxCycles)
        {
            _cycles.Clear();
        }

        return _cycles.GetOrAdd(partition, _ => new CycleShards()).AcquireAsync(cancellationToken);
    }

    /// <summary>A shard lent to one submission.</summary>
    /// <param name="Owner">The cycle's shards it came from.</param>
    /// <param name="Shard">The shard number.</param>
    /// <param name="Known">The open gate row as this process last committed through it, or null to read it.</param>
    internal sealed record ShardLease(CycleShards Owner, int Shard, TableEntity? Known)
    {
        /// <summary>Gives the shard back with the open row (and ETag) the commit returned, or null when it is unknown.</summary>
        public void Release(TableEntity? latestOpen) => Owner.Release(this, latestOpen);
    }

    /// <summary>The shards of one cycle.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001:Types that own disposable fields should be disposable", Justification = "A SemaphoreSlim whose wait handle is never used holds nothing to dispose.")]
    internal sealed class CycleShards
    {
        private readonly int[] _busy = new int[CycleGate.ShardCount];
        private readonly TableEntity?[] _known = new TableEntity?[CycleGate.ShardCount];

        // Counts the free shards. Never disposed: a lease may be released after the pool dropped this cycle.
        private readonly SemaphoreSlim _free = new(CycleGate.ShardCount, CycleGate.ShardCount);

        public async Task<ShardLease> AcquireAsync(CancellationToken cancellationToken)
        {
            await _free.WaitAsync(cancellationToken).ConfigureAwait(false);
            var start = Random.Shared.Next(CycleGate.ShardCount);
            for (var i = 0; ; i++)
            {
                // The semaphore guarantees a free shard; the scan finds it.
                var shard = (start + i) % CycleGate.ShardCount;
                if (Interlocked.CompareExchange(ref _busy[shard], 1, 0) == 0)
                {
                    return new ShardLease(this, shard, Volatile.Read(ref _known[shard]));
                }
            }
        }

        public void Release(ShardLease lease, TableEntity? latestOpen)
        {
            Volatile.Write(ref _known[lease.Shard], latestOpen);
            Volatile.Write(ref _busy[lease.Shard], 0);
            _free.Release();
        }
    }
}
