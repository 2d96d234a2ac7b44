using Azure.Core;
using Azure.Data.Tables;

namespace WellnessAssessment.Storage;

/// <summary>
/// Where and how the API stores agencies, assessment cycles and responses (Azure Table Storage), and how long it waits
/// for the store. The defaults bound one store call to <see cref="StoreCallBound"/> (about 8.3 s): a request against a
/// dead store fails at its first store call, so it answers within that time.
/// </summary>
public sealed record WellnessStorageOptions
{
    /// <summary>The storage connection string; <c>UseDevelopmentStorage=true</c> for Azurite.</summary>
    public string ConnectionString { get; init; } = "UseDevelopmentStorage=true";

    /// <summary>The prefix of the three table names (letters and digits only).</summary>
    public string TablePrefix { get; init; } = "wellness";

    /// <summary>
    /// How long one attempt of a store call may wait for the store to answer (and between reads of a response body);
    /// default 2.5 s (the SDK's default is 100 s). Table operations here take milliseconds on Azure; a store that has
    /// not answered in this time is treated as down for this attempt.
    /// </summary>
    public TimeSpan NetworkTimeout { get; init; } = TimeSpan.FromSeconds(2.5);

    /// <summary>How many times a failed attempt (timeout, connection failure, 408, 429, 5xx) is retried; default 2 (the SDK's default is 3).</summary>
    public int MaxRetries { get; init; } = 2;

    /// <summary>The wait before the first retry, doubled for each further retry (with ±20 % jitter); default 0.2 s (the SDK's default is 0.8 s).</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(0.2);

    /// <summary>The longest wait between retries; default 1 s (the SDK's default is 1 min).</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The longest one store call can take before it fails: every attempt timing out, plus the longest waits between
    /// them. (A store that answers 429 or 503 with a longer <c>Retry-After</c> can stretch a wait; Azure Table Storage
    /// sends that only when throttling.)
    /// </summary>
    public TimeSpan StoreCallBound
    {
        get
        {
            var waits = TimeSpan.Zero;
            for (var retry = 0; retry < MaxRetries; retry++)
            {
                var longest = RetryDelay * Math.Pow(2, retry) * 1.2;
                waits += longest < MaxRetryDelay ? longest : MaxRetryDelay;
            }

            return NetworkTimeout * (MaxRetries + 1) + waits;
        }
    }

    /// <summary>Throws when a setting is out of range, naming the setting.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            throw new ArgumentException("Wellness:Storage:ConnectionString is empty.", nameof(ConnectionString));
        }

        if (NetworkTimeout <= TimeSpan.Zero || NetworkTimeout > TimeSpan.FromMinutes(5))
        {
            throw new ArgumentOutOfRangeException(nameof(NetworkTimeout), NetworkTimeout, "Wellness:Storage:NetworkTimeout must be more than 0 and at most 5 minutes.");
        }

        if (MaxRetries is < 0 or > 10)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxRetries), MaxRetries, "Wellness:Storage:MaxRetries must be 0 to 10.");
        }

        if (RetryDelay < TimeSpan.Zero || MaxRetryDelay < RetryDelay)
        {
            throw new ArgumentOutOfRangeException(nameof(RetryDelay), RetryDelay, "Wellness:Storage:RetryDelay must be at least 0 and at most Wellness:Storage:MaxRetryDelay.");
        }
    }

    /// <summary>The table client's options with these timeouts and retries (exponential back-off).</summary>
    public TableClientOptions CreateClientOptions()
    {
        var options = new TableClientOptions();
        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.MaxRetries = MaxRetries;
        options.Retry.Delay = RetryDelay;
        options.Retry.MaxDelay = MaxRetryDelay;
        options.Retry.NetworkTimeout = NetworkTimeout;
        return options;
    }
}
