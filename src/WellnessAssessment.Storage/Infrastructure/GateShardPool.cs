using System.Collections.Concurrent;
using Azure.Data.Tables;

namespace WellnessAssessment.Storage.Infrastructure;

/// <summary>
/// What this process knows of each cycle's gate shards, so that its concurrent submissions take different shards and
/// skip reading one they committed through last: each shard is lent to one submission at a time (while fewer than
/// <see cref="CycleGate.ShardCount"/> run at once), with the open gate row and ETag the last commit through it returned.
/// This is only a hint: a stale ETag (another process, or a close) fails the transaction with 412 and the submission
/// reads the shard again, so the guarantees rest on the store's conditional writes alone.
/// </summary>
internal sealed class GateShardPool
{
    // One entry per cycle submitted to since start; dropped wholesale past this many (they refill on demand).
    private const int MaxCycles = 1000;
    private readonly ConcurrentDictionary<string, CycleShards> _cycles = new(StringComparer.Ordinal);

    /// <summary>Lends a shard of the cycle in <paramref name="partition"/>: a free one if any (with its last known open row), otherwise a random one to share.</summary>
    public ShardLease Acquire(string partition)
    {
        if (_cycles.Count > MaxCycles)
        {
            _cycles.Clear();
        }

        return _cycles.GetOrAdd(partition, _ => new CycleShards()).Acquire();
    }

    /// <summary>A shard lent to one submission.</summary>
    /// <param name="Owner">The cycle's shards it came from.</param>
    /// <param name="Shard">The shard number.</param>
    /// <param name="Known">The open gate row as this process last committed through it, or null to read it.</param>
    /// <param name="Exclusive">Whether no other submission of this process holds the shard.</param>
    internal sealed record ShardLease(CycleShards Owner, int Shard, TableEntity? Known, bool Exclusive)
    {
        /// <summary>Gives the shard back with the open row (and ETag) the commit returned, or null when it is unknown.</summary>
        public void Release(TableEntity? latestOpen) => Owner.Release(this, latestOpen);
    }

    /// <summary>The shards of one cycle.</summary>
    internal sealed class CycleShards
    {
        private readonly int[] _busy = new int[CycleGate.ShardCount];
        private readonly TableEntity?[] _known = new TableEntity?[CycleGate.ShardCount];

        public ShardLease Acquire()
        {
            var start = Random.Shared.Next(CycleGate.ShardCount);
            for (var i = 0; i < CycleGate.ShardCount; i++)
            {
                var shard = (start + i) % CycleGate.ShardCount;
                if (Interlocked.CompareExchange(ref _busy[shard], 1, 0) == 0)
                {
                    return new ShardLease(this, shard, Volatile.Read(ref _known[shard]), Exclusive: true);
                }
            }

            return new ShardLease(this, start, null, Exclusive: false);
        }

        public void Release(ShardLease lease, TableEntity? latestOpen)
        {
            Volatile.Write(ref _known[lease.Shard], latestOpen);
            if (lease.Exclusive)
            {
                Volatile.Write(ref _busy[lease.Shard], 0);
            }
        }
    }
}
