using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace WellnessAssessment.Api.Tests;

/// <summary>What happens to the request a fault hits.</summary>
public enum FaultKind
{
    /// <summary>The store goes away: the request and every one after it fail without reaching the store (SDK retries included).</summary>
    Outage,

    /// <summary>The request reaches the store and commits, but its answer is lost once; the SDK retries it (the store is fine again).</summary>
    LostAnswer,

    /// <summary>The request commits, its answer is lost, and the store goes away: the caller cannot learn that it committed.</summary>
    LostAnswerThenOutage,
}

/// <summary>
/// An Azure.Core pipeline policy on the table client (per attempt, so the SDK's own retries pass through it) that
/// injects a fault at the Nth store request after it is armed. It counts HTTP requests rather than naming store
/// methods, so a sweep N = 1, 2, … reaches every step of an operation however the store code is arranged.
/// </summary>
public sealed class StoreFaults : HttpPipelinePolicy
{
    private readonly Lock _lock = new();
    private readonly List<string> _seen = [];
    private int? _at;
    private string? _match;
    private FaultKind _kind;
    private bool _down;

    /// <summary>The request the fault hit (method and resource), or <see langword="null"/> when the operation made fewer requests.</summary>
    public string? Hit { get; private set; }

    /// <summary>The requests seen since <see cref="Arm"/>, in order.</summary>
    public IReadOnlyList<string> Seen
    {
        get
        {
            lock (_lock)
            {
                return [.. _seen];
            }
        }
    }

    /// <summary>Injects <paramref name="kind"/> at the <paramref name="n"/>th request from now on.</summary>
    public void Arm(int n, FaultKind kind) => Arm(n, null, kind);

    /// <summary>Injects <paramref name="kind"/> at the first request from now on that is <paramref name="request"/> ("POST $batch").</summary>
    public void Arm(string request, FaultKind kind) => Arm(1, request, kind);

    private void Arm(int n, string? request, FaultKind kind)
    {
        lock (_lock)
        {
            _seen.Clear();
            (_at, _match, _kind, _down, Hit) = (n, request, kind, false, null);
        }
    }

    /// <summary>The store is back; no more faults.</summary>
    public void Heal()
    {
        lock (_lock)
        {
            (_at, _down) = (null, false);
        }
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        ProcessAsync(message, pipeline, async: false).AsTask().GetAwaiter().GetResult();

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        ProcessAsync(message, pipeline, async: true);

    private async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline, bool async)
    {
        ArgumentNullException.ThrowIfNull(message);
        bool fail, loseAnswer = false;
        lock (_lock)
        {
            fail = _down;
            if (!fail && _at is { } at)
            {
                var what = Describe(message.Request);
                _seen.Add(what);
                if (_match is null ? _seen.Count == at : what == _match && Hit is null)
                {
                    Hit = what;
                    fail = _kind == FaultKind.Outage;
                    _down = fail;
                    loseAnswer = !fail;
                }
            }
        }

        if (fail)
        {
            // What the SDK's transport throws when it cannot connect: status 0, retried by the SDK's retry policy.
            throw new RequestFailedException(0, "Injected fault: the store cannot be reached.", new HttpRequestException("Connection refused (injected)"));
        }

        if (async)
        {
            await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
        }
        else
        {
            ProcessNext(message, pipeline);
        }

        if (loseAnswer)
        {
            lock (_lock)
            {
                _down = _kind == FaultKind.LostAnswerThenOutage;
            }

            throw new RequestFailedException(0, "Injected fault: the connection dropped before the store's answer arrived.", new HttpRequestException("Connection reset (injected)"));
        }
    }

    /// <summary>"GET responses", "POST $batch", … : the method and the table (its name without the test's prefix).</summary>
    private static string Describe(Request request)
    {
        var path = request.Uri.Path;
        var resource = path[(path.LastIndexOf('/') + 1)..];
        var open = resource.IndexOf('(', StringComparison.Ordinal);
        resource = open < 0 ? resource : resource[..open];
        foreach (var table in (string[])["agencies", "assessments", "responses", "results", "audit"])
        {
            if (resource.EndsWith(table, StringComparison.Ordinal))
            {
                resource = table;
            }
        }

        return $"{request.Method} {resource}";
    }
}
