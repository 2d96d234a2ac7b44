namespace WellnessAssessment.Service.Limits;

/// <summary>
/// Limits on submissions and drafts (configuration section <c>Wellness:Submissions</c>). The defaults let a whole shift
/// submit from one station's NAT address (60 respondents in a minute, each changing their answers once) and stop a flood.
/// </summary>
public sealed class SubmissionLimitOptions
{
    /// <summary>Submissions per minute from one client address (default 150).</summary>
    public int PerAddressPerMinute { get; set; } = 150;

    /// <summary>Submissions per minute to one cycle's respondent link, from everyone together (default 1200).</summary>
    public int PerLinkPerMinute { get; set; } = 1200;

    /// <summary>Submissions per minute with one invitation code (default 10).</summary>
    public int PerCodePerMinute { get; set; } = 10;

    /// <summary>Wrong or already-used invitation codes one client address may send in ten minutes before it must wait (default 30).</summary>
    public int WrongCodesPerAddressPerTenMinutes { get; set; } = 30;

    /// <summary>Draft writes (new or updated resume-code drafts) per minute from one client address (default 150).</summary>
    public int DraftsPerAddressPerMinute { get; set; } = 150;

    /// <summary>Draft writes per minute to one cycle's respondent link, from everyone together (default 1200).</summary>
    public int DraftsPerLinkPerMinute { get; set; } = 1200;
}
