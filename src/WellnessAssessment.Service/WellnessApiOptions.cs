using WellnessAssessment.Service.Limits;

namespace WellnessAssessment.Service;

/// <summary>The API's settings (configuration section <c>Wellness</c>; environment variables <c>Wellness__AdminKey</c> and so on).</summary>
public sealed class WellnessApiOptions
{
    /// <summary>The key that may create agencies. Required for <c>POST /api/agencies</c>.</summary>
    public string? AdminKey { get; set; }

    /// <summary>The largest request body, in bytes (default 1 MiB).</summary>
    public long MaxBodyBytes { get; set; } = 1 << 20;

    /// <summary>The largest bulk-import body, in bytes (default 20 MiB).</summary>
    public long MaxImportBytes { get; set; } = 20 << 20;

    /// <summary>Requests per minute per client address to the stateless scoring and report routes (default 60).</summary>
    public int StatelessRequestsPerMinute { get; set; } = 60;

    /// <summary>Requests per minute per client address to the instrument catalog (default 600).</summary>
    public int CatalogRequestsPerMinute { get; set; } = 600;

    /// <summary>Failed resume-code lookups one client address may make in ten minutes before lookups from it are refused (default 10).</summary>
    public int ResumeFailuresPerTenMinutes { get; set; } = 10;

    /// <summary>The limits on submissions and drafts (section <c>Wellness:Submissions</c>).</summary>
    public SubmissionLimitOptions Submissions { get; } = new();

    /// <summary>The proxies whose <c>X-Forwarded-For</c> entries the per-client limits trust (section <c>Wellness:TrustedProxies</c>).</summary>
    public TrustedProxyOptions TrustedProxies { get; } = new();

    /// <summary>How long the readiness check (<c>GET /api/health/ready</c>) waits for the store before answering 503 (default 2 s).</summary>
    public TimeSpan ReadinessTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The public base address for respondent links (default: the address of the request).</summary>
    public Uri? PublicBaseUrl { get; set; }
}
